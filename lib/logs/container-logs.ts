import "server-only";
import type { Readable } from "node:stream";
import type { ContainerInspectInfo } from "dockerode";
import { getDocker } from "@/lib/docker/client";
import { fromDockerError } from "@/lib/docker/errors";
import { type LogLine, logLines } from "@/lib/logs/lines";
import { logChunks } from "@/lib/logs/payload";

// Reading a container's log from the engine. Slipway always asks the engine for
// timestamps: they place each line in time, which lets a follow resume after a restart
// without repeating lines; they are left out of answers that did not ask for them.

/** What the log routes need to know of a container. */
export interface LogTarget {
  id: string;
  name: string;
  tty: boolean;
  running: boolean;
  /** Being removed: its log can no longer be read. */
  removing: boolean;
  startedAt: string;
  /** When the last run ended; null when it never ended. */
  finishedAt: string | null;
  /** The exit code of the last run; null while running or before any run ended. */
  exitCode: number | null;
}

export function toLogTarget(raw: ContainerInspectInfo): LogTarget {
  const ended = raw.State.FinishedAt && !raw.State.FinishedAt.startsWith("0001-");
  return {
    id: raw.Id,
    name: raw.Name.replace(/^\//, ""),
    tty: raw.Config.Tty === true,
    running: raw.State.Running,
    removing: raw.State.Status === "removing",
    startedAt: raw.State.StartedAt,
    finishedAt: ended ? raw.State.FinishedAt : null,
    exitCode: ended && !raw.State.Running ? raw.State.ExitCode : null,
  };
}

/** The container behind an id or a name; throws not_found when there is none. */
export async function getLogTargetOrThrow(idOrName: string): Promise<LogTarget> {
  return toLogTarget(await getDocker().getContainer(idOrName).inspect());
}

/** The container, or null once it is gone. */
export async function findLogTarget(id: string): Promise<LogTarget | null> {
  try {
    return await getLogTargetOrThrow(id);
  } catch (error) {
    if (fromDockerError(error)?.code === "not_found") return null;
    throw error;
  }
}

export interface LogRange {
  tail?: number;
  /** The engine's form: "<seconds>.<nanoseconds>". */
  since?: string;
}

const engineOptions = (range: LogRange) => ({
  stdout: true,
  stderr: true,
  timestamps: true,
  ...(range.tail !== undefined && { tail: range.tail }),
  ...(range.since !== undefined && { since: range.since }),
});

/** The lines of the log as it is now (dockerode answers with one Buffer). */
export async function readLogLines(
  target: LogTarget,
  range: LogRange,
  signal?: AbortSignal,
): Promise<LogLine[]> {
  const container = getDocker().getContainer(target.id);
  const payload = await container.logs({
    ...engineOptions(range),
    follow: false,
    abortSignal: signal,
  });
  const lines: LogLine[] = [];
  for await (const batch of logLines(logChunks(payload), { tty: target.tty, timestamps: true })) {
    lines.push(...batch);
  }
  return lines;
}

/** The engine's follow stream of the log, as a Node stream the caller must destroy. */
export async function openFollowStream(target: LogTarget, range: LogRange): Promise<Readable> {
  const container = getDocker().getContainer(target.id);
  return (await container.logs({ ...engineOptions(range), follow: true })) as unknown as Readable;
}

/**
 * The whole log as a stream, without following. dockerode's own logs() reads a
 * non-follow answer into one Buffer; for a download that could be gigabytes, so the
 * request goes through its modem with the stream kept.
 */
export function openWholeLogStream(target: LogTarget, signal: AbortSignal): Promise<Readable> {
  return new Promise((resolve, reject) => {
    getDocker().modem.dial(
      {
        path: `/containers/${encodeURIComponent(target.id)}/logs?`,
        method: "GET",
        isStream: true,
        abortSignal: signal,
        statusCodes: { 200: true, 404: "no such container", 500: "server error" },
        options: { ...engineOptions({}), follow: false },
      },
      (error, stream) => (error ? reject(error) : resolve(stream as Readable)),
    );
  });
}

/** A line as the API answers it: the time only when it was asked for. */
export function presentLine(line: LogLine, timestamps: boolean): LogLine {
  return timestamps || line.time === undefined ? line : { stream: line.stream, text: line.text };
}
