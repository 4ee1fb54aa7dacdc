import { rollbackFlowOrThrow } from "@/lib/ecs/rollback";
import { rollbackParams } from "@/lib/ecs/rollout-schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/clusters/{cluster}/services/{service}/rollback/{id}: the rollback flow. */
export const GET = route({ params: rollbackParams }, async ({ params }) =>
  rollbackFlowOrThrow(params),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
