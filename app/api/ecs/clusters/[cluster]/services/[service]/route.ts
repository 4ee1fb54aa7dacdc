import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { clusterRef } from "@/lib/ecs/names";
import { deleteService, updateService } from "@/lib/ecs/service-changes";
import { serviceChange, serviceRef } from "@/lib/ecs/service-schemas";
import { getService } from "@/lib/ecs/services";
import { otherMethods } from "@/lib/http/methods";
import { queryFlag, segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ cluster: segment(clusterRef), service: segment(serviceRef) });
const deleteQuery = z.object({ force: queryFlag });

/** GET /api/ecs/clusters/{cluster}/services/{service}: detail, deployments, latest events. */
export const GET = route({ params }, async ({ req, params }) =>
  getService(await awsClientsFor(req), params.cluster, params.service),
);

/** PATCH /api/ecs/clusters/{cluster}/services/{service}: count, revision, new deployment. */
export const PATCH = route({ params, body: serviceChange }, async ({ req, params, body }) =>
  updateService(await awsClientsFor(req), params.cluster, params.service, body),
);

/** DELETE /api/ecs/clusters/{cluster}/services/{service}?force=: scale to 0 and delete. */
export const DELETE = route({ params, query: deleteQuery }, async ({ req, params, query }) =>
  deleteService(await awsClientsFor(req), params.cluster, params.service, query.force),
);

export const { POST, PUT } = otherMethods("GET", "PATCH", "DELETE");
