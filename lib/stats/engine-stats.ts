import "server-only";
import type { Readable } from "node:stream";
import { getDocker } from "@/lib/docker/client";
import { jsonLines } from "@/lib/docker/json-lines";
import { onAbort } from "@/lib/http/abort";
import { trackStream } from "@/lib/http/stream-registry";
import type { EngineStats } from "@/lib/stats/math";

/**
 * Follows the engine's stats stream of one container (a document about once a
 * second) until the signal fires, the container is removed or the engine goes away.
 */
export async function* followEngineStats(
  id: string,
  signal: AbortSignal,
): AsyncGenerator<EngineStats> {
  const container = getDocker().getContainer(id);
  const stream = (await container.stats({ stream: true })) as unknown as Readable;
  const release = trackStream();
  // At once when the client went away while the engine was still answering.
  const forget = onAbort(signal, () => stream.destroy());
  try {
    yield* jsonLines<EngineStats>(stream);
  } finally {
    forget();
    stream.destroy();
    release();
  }
}
