import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { taskDefinitionRef } from "@/lib/ecs/service-schemas";
import { describeChoice } from "@/lib/ecs/task-definition-choices";
import { otherMethods } from "@/lib/http/methods";
import { segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ taskDefinition: segment(taskDefinitionRef) });

/** GET /api/ecs/task-definition-choices/{family:revision}: what shapes the service form. */
export const GET = route({ params }, async ({ req, params }) =>
  describeChoice(await awsClientsFor(req), params.taskDefinition),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
