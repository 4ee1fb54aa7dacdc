import { retryRun } from "@/lib/cleanup/runs";
import { idParams } from "@/lib/cleanup/schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * POST /api/cleanup/runs/{id}/retry: continues a failed run from the step that
 * failed; what is already gone counts as done.
 */
export const POST = route({ params: idParams }, ({ params }) => retryRun(params.id));

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
