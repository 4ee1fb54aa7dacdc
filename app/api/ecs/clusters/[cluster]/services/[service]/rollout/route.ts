import { awsClientsFor } from "@/lib/aws/clients";
import { rolloutQuery, serviceParams } from "@/lib/ecs/rollout-schemas";
import { rolloutEvents } from "@/lib/ecs/rollout-stream";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/ecs/clusters/{cluster}/services/{service}/rollout?timeout=: SSE of the
 * service's current rollout (RolloutView each look), `end` once steady, `failure` else.
 */
export const GET = route({ params: serviceParams, query: rolloutQuery }, async (input) =>
  rolloutEvents(
    input.req,
    await awsClientsFor(input.req),
    input.params,
    input.query.timeout * 1000,
  ),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
