import { awsClientsFor } from "@/lib/aws/clients";
import { retryRollback } from "@/lib/ecs/rollback";
import { rollbackParams } from "@/lib/ecs/rollout-schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** POST .../rollback/{id}/retry: runs a failed rollback again from the step that failed. */
export const POST = route({ params: rollbackParams }, async ({ req, params }) =>
  retryRollback(await awsClientsFor(req), params),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
