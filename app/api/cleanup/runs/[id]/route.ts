import { getRunOrThrow } from "@/lib/cleanup/runs";
import { idParams } from "@/lib/cleanup/schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/cleanup/runs/{id}: the run's steps, their state, output and the failure. */
export const GET = route({ params: idParams }, ({ params }) => getRunOrThrow(params.id));

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
