import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { sse } from "@/lib/http/streams";
import { followLive } from "@/lib/stats/follow";
import { liveQuery } from "@/lib/stats/options";

export const dynamic = "force-dynamic";

/**
 * GET /api/live?stats=id1,id2: the tab's one live stream: engine events as `engine`
 * events and the listed containers' samples as `stats` events.
 */
export const GET = route({ query: liveQuery }, async ({ query, req }) =>
  sse(req, (signal) => followLive(query.stats, signal)),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
