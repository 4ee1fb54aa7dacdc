import "server-only";
import type { Readable } from "node:stream";
import { getDocker } from "@/lib/docker/client";
import { engineUnavailable } from "@/lib/docker/errors";
import { jsonLines } from "@/lib/docker/json-lines";
import { onAbort } from "@/lib/http/abort";
import { trackStream } from "@/lib/http/stream-registry";

// Waiting for a container to reach a state (started again, unpaused, gone). The
// engine's event stream, filtered to the container and the events that can change
// the answer, costs nothing while nothing happens and answers at once. It is opened
// before the first look at the container, so a change in between is never missed.

/**
 * Calls `check` now and after each of the container's `events` until it answers a
 * value (not null), which this returns; null when the signal fired first. Throws
 * when the engine's event stream ends by itself (the engine went away).
 */
export async function untilContainer<T>(
  id: string,
  events: string[],
  check: () => Promise<T | null>,
  signal: AbortSignal,
): Promise<T | null> {
  const stream = (await getDocker().getEvents({
    filters: { type: ["container"], container: [id], event: events },
  })) as unknown as Readable;
  const release = trackStream();
  const forget = onAbort(signal, () => stream.destroy());
  try {
    const now = await check();
    if (now !== null) return now;
    for await (const _event of jsonLines<unknown>(stream)) {
      const answer = await check();
      if (answer !== null) return answer;
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  } finally {
    forget();
    stream.destroy();
    release();
  }
  if (signal.aborted) return null;
  throw engineUnavailable();
}
