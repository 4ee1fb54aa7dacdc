import { awsClientsFor } from "@/lib/aws/clients";
import { ecsLogQuery, serviceLogParams } from "@/lib/ecs-logs/options";
import { ecsLogsAnswer } from "@/lib/ecs-logs/respond";
import { serviceLogPlan } from "@/lib/ecs-logs/targets";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * GET /api/ecs/clusters/{cluster}/services/{service}/logs?since=&until=&filter=&limit=:
 * the newest lines of the service's tasks' CloudWatch streams; with follow=true, SSE.
 */
export const GET = route(
  { params: serviceLogParams, query: ecsLogQuery },
  async ({ req, params, query }) => {
    const aws = await awsClientsFor(req);
    const plan = () => serviceLogPlan(aws, params.cluster, params.service);
    return ecsLogsAnswer(req, aws, plan, query, { replan: true });
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
