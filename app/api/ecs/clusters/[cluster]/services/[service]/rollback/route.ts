import { awsClientsFor } from "@/lib/aws/clients";
import { startRollback } from "@/lib/ecs/rollback";
import { findRollbackTarget } from "@/lib/ecs/rollback-target";
import { serviceParams } from "@/lib/ecs/rollout-schemas";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/clusters/{cluster}/services/{service}/rollback: where a rollback would go. */
export const GET = route({ params: serviceParams }, async ({ req, params }) =>
  findRollbackTarget(await awsClientsFor(req), params.cluster, params.service),
);

/** POST /api/ecs/clusters/{cluster}/services/{service}/rollback: starts a rollback flow. */
export const POST = route({ params: serviceParams }, async ({ req, params }) => {
  const flow = await startRollback(await awsClientsFor(req), params);
  return json({ id: flow.id }, 201);
});

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
