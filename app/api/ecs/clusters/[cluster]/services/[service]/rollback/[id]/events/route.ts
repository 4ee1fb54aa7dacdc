import { rollbackFlowOrThrow } from "@/lib/ecs/rollback";
import { rollbackParams } from "@/lib/ecs/rollout-schemas";
import { flowEvents } from "@/lib/flows/query";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/clusters/{cluster}/services/{service}/rollback/{id}/events: SSE of the flow. */
export const GET = route({ params: rollbackParams }, async ({ req, params }) => {
  const flow = await rollbackFlowOrThrow(params);
  return flowEvents(req, flow.id);
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
