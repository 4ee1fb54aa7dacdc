import { awsClientsFor } from "@/lib/aws/clients";
import { diffQuery } from "@/lib/ecs/task-definitions/schemas";
import { diffRevisions } from "@/lib/ecs/task-definitions/task-definitions";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/task-definitions/diff?from=&to=: the changes between two revisions. */
export const GET = route({ query: diffQuery }, async ({ req, query }) =>
  diffRevisions(await awsClientsFor(req), query.from, query.to),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
