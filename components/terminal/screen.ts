"use client";

import type { FitAddon } from "@xterm/addon-fit";
import type { Terminal } from "@xterm/xterm";
import type { RefObject } from "react";

// The xterm screen, loaded in the browser only (xterm touches the DOM on import). It
// fits the box it is in and follows that box's size, so the TTY resizes with the
// window; keystrokes leave as UTF-8 bytes.

export interface Screen {
  term: Terminal;
  fit: FitAddon;
  dispose: () => void;
}

interface Handlers {
  onInput: (bytes: Uint8Array) => void;
  onResize: (cols: number, rows: number) => void;
}

const THEME = {
  background: "#020617",
  foreground: "#e2e8f0",
  cursor: "#38bdf8",
  selectionBackground: "#334155",
};

export async function createScreen(
  hostRef: RefObject<HTMLDivElement | null>,
  handlers: Handlers,
): Promise<Screen | null> {
  const [{ Terminal }, { FitAddon }] = await Promise.all([
    import("@xterm/xterm"),
    import("@xterm/addon-fit"),
  ]);
  const host = hostRef.current;
  if (!host) return null;

  const term = new Terminal({
    cursorBlink: true,
    fontSize: 13,
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
    scrollback: 5_000,
    theme: THEME,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(host);
  fit.fit();

  const encoder = new TextEncoder();
  const subscriptions = [
    term.onData((text) => handlers.onInput(encoder.encode(text))),
    // Mouse reports arrive as a binary string: one byte per character.
    term.onBinary((text) => handlers.onInput(Uint8Array.from(text, (c) => c.charCodeAt(0) & 255))),
    term.onResize(({ cols, rows }) => handlers.onResize(cols, rows)),
  ];
  const observer = new ResizeObserver(() => fit.fit());
  observer.observe(host);

  return {
    term,
    fit,
    dispose: () => {
      observer.disconnect();
      for (const subscription of subscriptions) subscription.dispose();
      term.dispose();
    },
  };
}
