import { getPlanOrThrow } from "@/lib/cleanup/plan-store";
import { idParams } from "@/lib/cleanup/schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/cleanup/plans/{id}: a plan made earlier; 404 when unknown. */
export const GET = route({ params: idParams }, ({ params }) => getPlanOrThrow(params.id));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
