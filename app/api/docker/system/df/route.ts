import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { getDiskUsage } from "@/lib/system/disk-usage";

export const dynamic = "force-dynamic";

/** GET /api/docker/system/df: count, size and reclaimable space per kind of resource. */
export const GET = route({}, () => getDiskUsage());

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
