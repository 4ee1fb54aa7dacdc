import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { clusterRef } from "@/lib/ecs/names";
import { serviceRef, TASK_STATUSES } from "@/lib/ecs/service-schemas";
import { listTasks } from "@/lib/ecs/tasks";
import { otherMethods } from "@/lib/http/methods";
import { segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ cluster: segment(clusterRef) });
const query = z.object({
  service: serviceRef.optional(),
  status: z.enum(TASK_STATUSES, { error: "status is RUNNING or STOPPED" }).optional(),
});

/** GET /api/ecs/clusters/{cluster}/tasks?service=&status=: tasks with network bindings. */
export const GET = route({ params, query }, async ({ req, params, query }) =>
  listTasks(await awsClientsFor(req), params.cluster, query),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
