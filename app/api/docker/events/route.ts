import { followEngineEvents } from "@/lib/events/engine-events";
import { route } from "@/lib/http/route";
import { sse } from "@/lib/http/streams";

export const dynamic = "force-dynamic";

/** GET /api/docker/events: the engine's events as Server-Sent Events. */
export const GET = route({}, async ({ req }) =>
  sse(req, async function* (signal) {
    for await (const event of followEngineEvents(signal)) yield { data: event };
  }),
);
