"use client";

import "@xterm/xterm/css/xterm.css";
import { type FormEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/fields";
import { type TerminalStatus, useTerminal } from "./use-terminal";

const PAUSED = "text-amber-200";
const SCREEN_BOX =
  "h-[60vh] min-h-80 overflow-hidden rounded-lg border border-slate-800 bg-slate-950 p-2";

/**
 * A terminal into a running container. Connect runs the given command, or the image's
 * shell (bash, else sh); leaving the tab or the page ends the process in the container.
 */
export function TerminalPanel({ containerId, state }: { containerId: string; state: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const running = state === "running";
  const [command, setCommand] = useState("");
  const { status, notices, ready, connect, disconnect } = useTerminal(containerId, hostRef);
  const live = status.phase === "connecting" || status.phase === "open";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && running && !live && status.phase !== "ending") connect(command);
  };

  return (
    <section className="space-y-3" data-testid="terminal-section">
      <form onSubmit={submit} className="flex flex-wrap items-center gap-2">
        <TextInput
          value={command}
          onChange={(e) => setCommand(e.target.value)}
          placeholder="Command (empty: the image's shell, bash or sh)"
          aria-label="Command"
          data-testid="terminal-command"
          disabled={live}
          className="max-w-md font-mono"
        />
        {live ? (
          <Button onClick={disconnect} data-testid="terminal-disconnect">
            Disconnect
          </Button>
        ) : (
          <Button
            type="submit"
            variant="primary"
            disabled={!ready || !running || status.phase === "ending"}
            data-testid="terminal-connect"
          >
            Connect
          </Button>
        )}
      </form>
      {!running && !live && (
        <p className="text-sm text-amber-200" data-testid="terminal-not-running">
          {state === "paused"
            ? "The container is paused: unpause it to use the terminal."
            : "The container is not running: start it to open a terminal."}
        </p>
      )}
      <StatusLine status={status} state={state} />
      {notices.map((notice) => (
        <p key={notice} className="text-sm text-amber-200" data-testid="terminal-notice">
          {notice}
        </p>
      ))}
      <div ref={hostRef} data-testid="terminal-screen" className={SCREEN_BOX} />
    </section>
  );
}

function StatusLine({ status, state }: { status: TerminalStatus; state: string }) {
  const [text, tone] = statusText(status, state);
  return (
    <p className={`text-sm ${tone}`} data-testid="terminal-status" data-phase={status.phase}>
      {text}
    </p>
  );
}

function statusText(status: TerminalStatus, state: string): [string, string] {
  // A session stays open while its container is paused, but nothing in it runs.
  if (status.phase === "open" && state === "paused") {
    return [
      "The container is paused: the terminal's process is frozen until you unpause it.",
      PAUSED,
    ];
  }
  switch (status.phase) {
    case "idle":
      return ["Not connected.", "text-slate-400"];
    case "connecting":
      return ["Connecting…", "text-slate-300"];
    case "open": {
      const pid = status.pid === null ? "" : ` (pid ${status.pid} in the container)`;
      return [`Connected: ${status.command.join(" ")}${pid}`, "text-emerald-300"];
    }
    case "ending":
      return ["Ending the process in the container…", "text-slate-300"];
    case "closed":
      return [status.message, status.error ? "text-rose-300" : "text-slate-300"];
  }
}
