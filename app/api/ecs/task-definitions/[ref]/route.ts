import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { refParams } from "@/lib/ecs/task-definitions/schemas";
import {
  deregisterRevision,
  getRevisionOrThrow,
} from "@/lib/ecs/task-definitions/task-definitions";
import { otherMethods } from "@/lib/http/methods";
import { queryFlag } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/task-definitions/{family:revision | family}: one revision, with its JSON. */
export const GET = route({ params: refParams }, async ({ req, params }) =>
  getRevisionOrThrow(await awsClientsFor(req), params.ref),
);

/** DELETE /api/ecs/task-definitions/{family:revision}?delete=: deregisters (and deletes). */
export const DELETE = route(
  { params: refParams, query: z.object({ delete: queryFlag }) },
  async ({ req, params, query }) =>
    deregisterRevision(await awsClientsFor(req), params.ref, query.delete),
);

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
