import type { EndReport } from "@/lib/exec/protocol";

// How the browser words the end of a terminal session, from what it saw on the
// socket. Pure, so that each way a session can end reads right in a test.

export const NOT_SERVED_MESSAGE =
  "The terminal's WebSocket was refused or not answered. Slipway's own server serves it " +
  "(npm start, or npm run dev); plain `next dev` runs Slipway without the terminal.";

export interface SessionOutcome {
  /** Whether the socket ever opened. */
  opened: boolean;
  failure: string | null;
  exitCode: number | null | undefined;
  report: EndReport | null;
  closeCode: number;
  closeReason: string;
}

export function describeOutcome(outcome: SessionOutcome): { message: string; error: boolean } {
  const { opened, failure, exitCode, report } = outcome;
  if (!opened) return { message: NOT_SERVED_MESSAGE, error: true };
  if (failure) return { message: failure, error: true };
  const parts: string[] = [];
  if (exitCode !== undefined) {
    parts.push(
      exitCode === null ? "The process exited." : `The process exited with code ${exitCode}.`,
    );
  }
  if (report && (report.ended.length > 0 || report.leftRunning || !parts.length)) {
    parts.push(report.message);
  }
  if (parts.length === 0) {
    const reason = outcome.closeReason || `closed (code ${outcome.closeCode})`;
    return { message: `The terminal closed: ${reason}.`, error: outcome.closeCode !== 1000 };
  }
  // Processes of a paused container are ended at its unpause: a delay, not a failure.
  const error = (report?.leftRunning ?? false) && !report?.awaitingUnpause;
  return { message: parts.join(" "), error };
}
