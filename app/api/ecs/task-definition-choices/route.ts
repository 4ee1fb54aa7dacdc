import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { listFamilies, listRevisions } from "@/lib/ecs/task-definition-choices";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({
  family: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,255}$/, "family holds letters, digits, - and _ only")
    .optional(),
});

/**
 * GET /api/ecs/task-definition-choices?family=: for the service form, the families
 * with ACTIVE revisions, or one family's ACTIVE revisions newest first.
 */
export const GET = route({ query }, async ({ req, query }) => {
  const aws = await awsClientsFor(req);
  if (!query.family) return { families: await listFamilies(aws) };
  return { family: query.family, revisions: await listRevisions(aws, query.family) };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
