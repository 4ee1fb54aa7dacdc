import "server-only";
import { currentEngine } from "@/lib/engines/scope";
import { AppError, type ErrorCode } from "@/lib/errors";
import { followEngineEvents } from "@/lib/events/engine-events";
import { Mailbox } from "@/lib/http/mailbox";
import type { SseMessage } from "@/lib/http/streams";
import { statsHub } from "@/lib/stats/hub";

// The producers behind the stats route and the tab's live stream: each subscribes to
// the shared hub and unsubscribes when its client goes away.

/** One container's samples; ends with `end`, or throws the failure for `failure`. */
export async function* followContainerStats(
  id: string,
  signal: AbortSignal,
): AsyncGenerator<SseMessage> {
  const box = new Mailbox<SseMessage>();
  const leave = statsHub().subscribe(id, currentEngine().id, (update) => {
    if ("sample" in update) box.push({ data: update.sample });
    else if (update.end.kind === "end") box.close();
    else box.fail(new AppError(update.end.code as ErrorCode, update.end.message));
  });
  try {
    yield* box.drain(signal);
  } finally {
    leave();
  }
}

/**
 * Engine events (`engine`) and the samples of the given containers (`stats`, with a
 * `stats-end` when one container's stream ends) on one stream. A break of the engine's
 * event stream ends the whole stream with `failure`; the client opens it again.
 */
export async function* followLive(
  statsIds: string[],
  signal: AbortSignal,
): AsyncGenerator<SseMessage> {
  const box = new Mailbox<SseMessage>();
  const leaves = statsIds.map((id) =>
    statsHub().subscribe(id, currentEngine().id, (update) => {
      if ("sample" in update) box.push({ event: "stats", data: { id, sample: update.sample } });
      else box.push({ event: "stats-end", data: { id, ...update.end } });
    }),
  );
  const events = (async () => {
    for await (const event of followEngineEvents(signal))
      box.push({ event: "engine", data: event });
    box.close();
  })();
  events.catch((error: unknown) => box.fail(error));
  try {
    yield* box.drain(signal);
  } finally {
    for (const leave of leaves) leave();
  }
}
