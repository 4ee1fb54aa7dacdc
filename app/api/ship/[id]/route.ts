import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { shipParams } from "@/lib/ship/schemas";
import { getShipOrThrow } from "@/lib/ship/ship";

export const dynamic = "force-dynamic";

/** GET /api/ship/{id}: the flow, its steps and its result. */
export const GET = route({ params: shipParams }, async ({ params }) => getShipOrThrow(params.id));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
