import { z } from "zod";
import { splitCommandLine } from "@/lib/containers/command-line";
import { containerRef } from "@/lib/containers/schemas";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";

// The terminal's WebSocket, as both ends speak it. No server-only: the browser builds
// the same path and reads the same messages.
//
// Browser -> Slipway: binary frames are keystrokes (bytes for the TTY); text frames
// are JSON control messages. Slipway -> browser: binary frames are the TTY's output;
// text frames are JSON status messages. The close code says why a session ended:
// 1000 when its process ended, 4000 + the HTTP status of an error code otherwise.

export const TERMINAL_PATH = /^\/api\/docker\/containers\/([^/]+)\/exec\/ws$/;

const dimension = z.coerce.number().int().min(1).max(1000);

export const terminalParams = z.object({ id: containerRef });

export const terminalQuery = z.object({
  /** One command line, split as a shell splits words; absent: detect a shell. */
  cmd: z
    .string()
    .max(4000)
    .optional()
    .transform((line) => {
      const argv = line ? splitCommandLine(line) : [];
      return argv.length > 0 ? argv : null;
    }),
  cols: dimension.default(80),
  rows: dimension.default(24),
});

export type TerminalQuery = z.output<typeof terminalQuery>;

export const clientMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("resize"), cols: dimension, rows: dimension }),
  /** Ends the session: Slipway ends the process, reports `ended`, then closes. */
  z.object({ type: z.literal("end") }),
]);

export type ClientMessage = z.output<typeof clientMessage>;

/** A control message, or null for text that is not one (ignored, never typed). */
export function parseClientMessage(text: string): ClientMessage | null {
  try {
    const parsed = clientMessage.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface EndReport {
  /** Process ids (in the container) that were ended. */
  ended: number[];
  /** Process ids still running when Slipway gave up waiting. */
  survivors: number[];
  /** Whether a process of the terminal may still run (survivors, or one Slipway lost). */
  leftRunning: boolean;
  /** What ended them: the image's `kill`, a shell's builtin kill, a signal from the host. */
  method: "kill" | "shell" | "host" | "none";
  message: string;
  /** The container is paused: Slipway ends the survivors once it is unpaused. */
  awaitingUnpause?: true;
}

export type ServerMessage =
  | { type: "started"; command: string[]; pid: number | null }
  | { type: "notice"; message: string }
  | { type: "exit"; exitCode: number | null }
  | { type: "ended"; report: EndReport }
  | { type: "failure"; code: ErrorCode; message: string };

export const CLOSE_NORMAL = 1000;
export const CLOSE_GOING_AWAY = 1001;

export function closeCodeFor(code: ErrorCode): number {
  return 4000 + ERROR_STATUS[code];
}

/** A close reason fits 123 bytes of UTF-8; longer messages go as a `failure` first. */
export function closeReason(message: string): string {
  const bytes = new TextEncoder().encode(message);
  if (bytes.length <= 123) return message;
  let cut = 120;
  while (cut > 0 && ((bytes[cut] ?? 0) & 0xc0) === 0x80) cut -= 1;
  return `${new TextDecoder().decode(bytes.slice(0, cut))}...`;
}

/** The WebSocket path for a container, with the command and the terminal's size. */
export function terminalPath(
  containerId: string,
  options: { command?: string; cols: number; rows: number },
): string {
  const query = new URLSearchParams({ cols: String(options.cols), rows: String(options.rows) });
  if (options.command?.trim()) query.set("cmd", options.command.trim());
  return `/api/docker/containers/${encodeURIComponent(containerId)}/exec/ws?${query}`;
}
