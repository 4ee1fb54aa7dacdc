import { getRunOrThrow } from "@/lib/cleanup/runs";
import { idParams } from "@/lib/cleanup/schemas";
import { flowEvents } from "@/lib/flows/query";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/cleanup/runs/{id}/events: the run live (SSE); last event `end` or `failure`. */
export const GET = route({ params: idParams }, async ({ req, params }) => {
  await getRunOrThrow(params.id);
  return flowEvents(req, params.id);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
