import "server-only";
import type { Readable } from "node:stream";
import { getDocker } from "@/lib/docker/client";
import { engineUnavailable } from "@/lib/docker/errors";
import { jsonLines } from "@/lib/docker/json-lines";
import { onAbort } from "@/lib/http/abort";
import { trackStream } from "@/lib/http/stream-registry";
import { findLogTarget, type LogTarget } from "@/lib/logs/container-logs";

// A follow whose container stopped waits here for it to run again. The engine's event
// stream, filtered to this container, costs nothing while nothing happens and answers
// at once; subscribing before looking at the container closes the gap in which a
// quick restart could be missed.

export type WaitOutcome =
  | { kind: "started"; target: LogTarget }
  | { kind: "removed" }
  | { kind: "aborted" };

interface RawEvent {
  Action?: string;
}

export async function waitForStart(id: string, signal: AbortSignal): Promise<WaitOutcome> {
  const events = (await getDocker().getEvents({
    filters: { type: ["container"], container: [id], event: ["start", "destroy"] },
  })) as unknown as Readable;
  const release = trackStream();
  const forget = onAbort(signal, () => events.destroy());
  try {
    const now = await findLogTarget(id);
    if (!now) return { kind: "removed" };
    if (now.running) return { kind: "started", target: now };
    for await (const event of jsonLines<RawEvent>(events)) {
      if (event.Action === "destroy") return { kind: "removed" };
      const target = await findLogTarget(id);
      if (!target) return { kind: "removed" };
      if (target.running) return { kind: "started", target };
    }
  } catch (error) {
    if (!signal.aborted) throw error;
  } finally {
    forget();
    events.destroy();
    release();
  }
  if (signal.aborted) return { kind: "aborted" };
  // The event stream ended by itself: the engine went away.
  throw engineUnavailable();
}
