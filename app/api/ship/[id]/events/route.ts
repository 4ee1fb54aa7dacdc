import { flowEvents } from "@/lib/flows/query";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { shipParams } from "@/lib/ship/schemas";
import { getShipOrThrow } from "@/lib/ship/ship";

export const dynamic = "force-dynamic";

/** GET /api/ship/{id}/events: the flow as Server-Sent Events until it ends. */
export const GET = route({ params: shipParams }, async ({ req, params }) => {
  await getShipOrThrow(params.id);
  return flowEvents(req, params.id);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
