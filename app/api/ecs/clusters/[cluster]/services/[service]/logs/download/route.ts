import { awsClientsFor } from "@/lib/aws/clients";
import { ecsLogDownload } from "@/lib/ecs-logs/download";
import { ecsDownloadQuery, serviceLogParams } from "@/lib/ecs-logs/options";
import { serviceLogPlan } from "@/lib/ecs-logs/targets";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/ecs/clusters/{cluster}/services/{service}/logs/download: the logs as text. */
export const GET = route(
  { params: serviceLogParams, query: ecsDownloadQuery },
  async ({ req, params, query }) => {
    const aws = await awsClientsFor(req);
    const plan = await serviceLogPlan(aws, params.cluster, params.service);
    const stem = params.service.slice(params.service.lastIndexOf("/") + 1);
    return ecsLogDownload(req, aws, plan, query, stem);
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
