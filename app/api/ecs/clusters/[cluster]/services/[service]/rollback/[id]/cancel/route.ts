import { rollbackFlowOrThrow } from "@/lib/ecs/rollback";
import { rollbackParams } from "@/lib/ecs/rollout-schemas";
import { cancelFlow } from "@/lib/flows/runner";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** POST .../rollback/{id}/cancel: stops a running rollback (the service keeps its revision). */
export const POST = route({ params: rollbackParams }, async ({ params }) => {
  const flow = await rollbackFlowOrThrow(params);
  return cancelFlow(flow.id);
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
