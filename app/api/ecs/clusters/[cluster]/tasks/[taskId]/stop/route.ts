import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { clusterRef } from "@/lib/ecs/names";
import { stopRequest, taskRef } from "@/lib/ecs/service-schemas";
import { stopTask } from "@/lib/ecs/tasks";
import { otherMethods } from "@/lib/http/methods";
import { segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ cluster: segment(clusterRef), taskId: segment(taskRef) });

/** POST /api/ecs/clusters/{cluster}/tasks/{taskId}/stop: stops the task (body `{reason?}`). */
export const POST = route({ params, body: stopRequest }, async ({ req, params, body }) =>
  stopTask(await awsClientsFor(req), params.cluster, params.taskId, body.reason),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
