import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { clusterRef } from "@/lib/ecs/names";
import { taskRef } from "@/lib/ecs/service-schemas";
import { getTask } from "@/lib/ecs/tasks";
import { otherMethods } from "@/lib/http/methods";
import { segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ cluster: segment(clusterRef), taskId: segment(taskRef) });

/** GET /api/ecs/clusters/{cluster}/tasks/{taskId}: containers, status and network bindings. */
export const GET = route({ params }, async ({ req, params }) =>
  getTask(await awsClientsFor(req), params.cluster, params.taskId),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
