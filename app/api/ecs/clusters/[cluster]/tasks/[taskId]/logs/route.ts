import { awsClientsFor } from "@/lib/aws/clients";
import { ecsLogQuery, taskLogParams } from "@/lib/ecs-logs/options";
import { ecsLogsAnswer } from "@/lib/ecs-logs/respond";
import { taskLogPlan } from "@/lib/ecs-logs/targets";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/ecs/clusters/{cluster}/tasks/{taskId}/logs?since=&until=&filter=&limit=:
 * the newest lines of the task's containers' CloudWatch streams; with follow=true, SSE.
 */
export const GET = route(
  { params: taskLogParams, query: ecsLogQuery },
  async ({ req, params, query }) => {
    const aws = await awsClientsFor(req);
    const plan = () => taskLogPlan(aws, params.cluster, params.taskId);
    return ecsLogsAnswer(req, aws, plan, query, { replan: false });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
