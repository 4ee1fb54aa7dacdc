import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { prune } from "@/lib/prune/prune";
import { pruneBody } from "@/lib/prune/schemas";

export const dynamic = "force-dynamic";

/**
 * POST /api/docker/system/prune: `preview: true` lists exactly what would go and keeps
 * the plan; `preview: false` with its planId removes exactly those items, one by one.
 */
export const POST = route({ body: pruneBody }, ({ body }) => prune(body));

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
