import { followEngineEvents } from "@/lib/events/engine-events";
import { eventsQuery, toEngineEventOptions } from "@/lib/events/filters";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { sse } from "@/lib/http/streams";

export const dynamic = "force-dynamic";

/**
 * GET /api/docker/events?type=&action=&since=: the engine's events as Server-Sent
 * Events; the filters go to the engine as its own.
 */
export const GET = route({ query: eventsQuery }, async ({ req, query }) =>
  sse(req, async function* (signal) {
    for await (const event of followEngineEvents(signal, toEngineEventOptions(query))) {
      yield { data: event };
    }
  }),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
