import { awsClientsFor } from "@/lib/aws/clients";
import { ecsLogDownload } from "@/lib/ecs-logs/download";
import { ecsDownloadQuery, taskLogParams } from "@/lib/ecs-logs/options";
import { taskIdOf } from "@/lib/ecs-logs/stream-names";
import { taskLogPlan } from "@/lib/ecs-logs/targets";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/clusters/{cluster}/tasks/{taskId}/logs/download: the logs as text. */
export const GET = route(
  { params: taskLogParams, query: ecsDownloadQuery },
  async ({ req, params, query }) => {
    const aws = await awsClientsFor(req);
    const plan = await taskLogPlan(aws, params.cluster, params.taskId);
    return ecsLogDownload(req, aws, plan, query, taskIdOf(params.taskId));
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
