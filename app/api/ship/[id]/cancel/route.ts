import { cancelFlow } from "@/lib/flows/runner";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { shipParams } from "@/lib/ship/schemas";
import { getShipOrThrow } from "@/lib/ship/ship";

export const dynamic = "force-dynamic";

/** POST /api/ship/{id}/cancel: stops the running step; the flow ends "cancelled". */
export const POST = route({ params: shipParams }, async ({ params }) => {
  await getShipOrThrow(params.id);
  return cancelFlow(params.id);
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
