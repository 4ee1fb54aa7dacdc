"use client";

import type { FitAddon } from "@xterm/addon-fit";
import type { Terminal } from "@xterm/xterm";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { type ServerMessage, terminalPath } from "@/lib/exec/protocol";
import { describeOutcome, type SessionOutcome } from "@/lib/exec/session-outcome";
import { createScreen } from "./screen";

// The browser's half of a container terminal: an xterm screen that fits its box, and
// one WebSocket at a time to Slipway's terminal endpoint.

export type TerminalStatus =
  | { phase: "idle" }
  | { phase: "connecting" }
  | { phase: "open"; command: string[]; pid: number | null }
  | { phase: "ending" }
  | { phase: "closed"; message: string; error: boolean };

/** A socket that has not opened by then is taken as not served (plain `next dev`). */
const OPEN_TIMEOUT_MS = 10_000;
/** How long Disconnect waits for Slipway's report on the ended processes. */
const END_TIMEOUT_MS = 15_000;

export function useTerminal(containerId: string, hostRef: RefObject<HTMLDivElement | null>) {
  const [status, setStatus] = useState<TerminalStatus>({ phase: "idle" });
  const [notices, setNotices] = useState<string[]>([]);
  /** The screen loads with its code, a moment after the tab opens. */
  const [ready, setReady] = useState(false);
  const screen = useRef<{ term: Terminal; fit: FitAddon } | null>(null);
  const socket = useRef<WebSocket | null>(null);

  useEffect(() => {
    let stopped = false;
    let dispose: (() => void) | null = null;
    void createScreen(hostRef, {
      onInput: (bytes) => {
        if (socket.current?.readyState === WebSocket.OPEN) socket.current.send(bytes);
      },
      onResize: (cols, rows) => {
        if (socket.current?.readyState !== WebSocket.OPEN) return;
        socket.current.send(JSON.stringify({ type: "resize", cols, rows }));
      },
    }).then((created) => {
      if (!created) return;
      if (stopped) return created.dispose();
      screen.current = created;
      dispose = created.dispose;
      setReady(true);
    });
    return () => {
      stopped = true;
      // Closing the socket is what ends the container's process (Slipway does it).
      socket.current?.close(1000, "terminal closed");
      socket.current = null;
      screen.current = null;
      dispose?.();
    };
  }, [hostRef]);

  const connect = useCallback(
    (command: string) => {
      const current = screen.current;
      if (!current || socket.current) return;
      const { term, fit } = current;
      fit.fit();
      term.reset();
      setNotices([]);
      setStatus({ phase: "connecting" });
      const url = new URL(
        terminalPath(containerId, { command, cols: term.cols, rows: term.rows }),
        window.location.href,
      );
      url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
      const ws = new WebSocket(url);
      ws.binaryType = "arraybuffer";
      socket.current = ws;
      const seen: SessionOutcome = {
        opened: false,
        failure: null,
        exitCode: undefined,
        report: null,
        closeCode: 1006,
        closeReason: "",
      };
      const openTimer = setTimeout(() => ws.close(), OPEN_TIMEOUT_MS);

      ws.onopen = () => {
        seen.opened = true;
        clearTimeout(openTimer);
        term.focus();
      };
      ws.onmessage = (event: MessageEvent<ArrayBuffer | string>) => {
        if (typeof event.data !== "string") return term.write(new Uint8Array(event.data));
        const message = JSON.parse(event.data) as ServerMessage;
        if (message.type === "started") {
          setStatus({ phase: "open", command: message.command, pid: message.pid });
        } else if (message.type === "notice") {
          setNotices((all) => [...all, message.message]);
        } else if (message.type === "failure") {
          seen.failure = message.message;
        } else if (message.type === "exit") {
          seen.exitCode = message.exitCode;
        } else if (message.type === "ended") {
          seen.report = message.report;
        }
      };
      ws.onclose = (event) => {
        clearTimeout(openTimer);
        if (socket.current === ws) socket.current = null;
        seen.closeCode = event.code;
        seen.closeReason = event.reason;
        setStatus({ phase: "closed", ...describeOutcome(seen) });
      };
    },
    [containerId],
  );

  /** Asks Slipway to end the process, and closes once it reported (or gave up). */
  const disconnect = useCallback(() => {
    const ws = socket.current;
    if (!ws) return;
    if (ws.readyState !== WebSocket.OPEN) return ws.close();
    setStatus({ phase: "ending" });
    ws.send(JSON.stringify({ type: "end" }));
    setTimeout(() => ws.close(1000, "ended by the user"), END_TIMEOUT_MS);
  }, []);

  return { status, notices, ready, connect, disconnect };
}
