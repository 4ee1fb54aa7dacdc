import { awsClientsFor } from "@/lib/aws/clients";
import { registerFromRequest } from "@/lib/ecs/task-definitions/register";
import { listQuery, registerBody } from "@/lib/ecs/task-definitions/schemas";
import { listFamilies } from "@/lib/ecs/task-definitions/task-definitions";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/task-definitions?status=&family=: families with their revisions of one status. */
export const GET = route({ query: listQuery }, async ({ req, query }) =>
  listFamilies(await awsClientsFor(req), query.status, query.family),
);

/**
 * POST /api/ecs/task-definitions: registers a revision from `{form}`, from pasted
 * describe output or a RegisterTaskDefinition input (E2), creating awslogs groups.
 */
export const POST = route({ body: registerBody }, async ({ req, body }) =>
  json(await registerFromRequest(await awsClientsFor(req), body), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
