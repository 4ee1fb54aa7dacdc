import "server-only";
import { onAbort, pause } from "@/lib/http/abort";
import { trackStream } from "@/lib/http/stream-registry";
import {
  findLogTarget,
  type LogRange,
  type LogTarget,
  openFollowStream,
  readLogLines,
} from "@/lib/logs/container-logs";
import { waitForStart } from "@/lib/logs/container-watch";
import { type LogLine, logLines } from "@/lib/logs/lines";
import { logChunks } from "@/lib/logs/payload";
import { sinceAfter } from "@/lib/logs/timestamps";

// Following a container's log across stops and starts. The engine ends a follow when
// the container stops; this keeps waiting for the next start and asks again for the
// lines after the last one sent, so nothing is repeated and nothing written between
// the stop and the new follow is lost. Removal of the container ends the follow.

export interface LogStatus {
  state: "running" | "stopped" | "removed";
  exitCode: number | null;
  time: string;
}

export type FollowItem = { line: LogLine } | { status: LogStatus };

const status = (state: LogStatus["state"], exitCode: number | null = null): FollowItem => ({
  status: { state, exitCode, time: new Date().toISOString() },
});

/** A still-running container whose follow ended anyway is asked again after this pause. */
const REOPEN_PAUSE_MS = 1_000;

export async function* followLogs(
  first: LogTarget,
  range: LogRange,
  signal: AbortSignal,
): AsyncGenerator<FollowItem> {
  let target = first;
  let next: LogRange = range;
  let after: string | undefined;
  const advance = (line: LogLine): FollowItem => {
    after = (line.time && sinceAfter(line.time)) || after;
    return { line };
  };

  while (!signal.aborted) {
    try {
      for await (const line of followRun(target, next, signal)) yield advance(line);
      if (signal.aborted) return;
      if (after) {
        // Lines written while the engine was closing the follow.
        const rest = await readLogLines(target, { since: after }, signal);
        for (const line of rest) yield advance(line);
      }
    } catch (error) {
      if (signal.aborted) return;
      // The engine refuses the log of a container being removed (409): not a failure.
      const gone = await findLogTarget(target.id);
      if (gone && !gone.removing) throw error;
      yield status("removed");
      return;
    }

    const now = await findLogTarget(target.id);
    if (!now || now.removing) {
      yield status("removed");
      return;
    }
    if (now.running && now.startedAt === target.startedAt) {
      // The engine closed the follow of a running container. Without a line to place
      // us, only new lines are safe from repetition.
      next = after ? { since: after } : { tail: 0 };
      await pause(REOPEN_PAUSE_MS, signal);
      continue;
    }
    // The run we followed has ended: what comes next is after its last line, or after
    // its end when it wrote nothing we sent.
    next = { since: after ?? (now.finishedAt && sinceAfter(now.finishedAt)) ?? range.since };
    yield status("stopped", now.exitCode);
    if (!now.running) {
      const outcome = await waitForStart(target.id, signal);
      if (outcome.kind === "aborted") return;
      if (outcome.kind === "removed") {
        yield status("removed");
        return;
      }
      target = outcome.target;
    } else {
      target = now;
    }
    yield status("running");
  }
}

/** One engine follow, registered as an open stream and closed on the signal. */
async function* followRun(
  target: LogTarget,
  range: LogRange,
  signal: AbortSignal,
): AsyncGenerator<LogLine> {
  const stream = await openFollowStream(target, range);
  const release = trackStream();
  const forget = onAbort(signal, () => stream.destroy());
  try {
    const options = { tty: target.tty, timestamps: true };
    for await (const batch of logLines(logChunks(stream), options)) yield* batch;
  } finally {
    forget();
    stream.destroy();
    release();
  }
}
