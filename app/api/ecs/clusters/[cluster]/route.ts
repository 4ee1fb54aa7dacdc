import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { deleteCluster, getClusterOrThrow } from "@/lib/ecs/clusters";
import { clusterRef } from "@/lib/ecs/names";
import { otherMethods } from "@/lib/http/methods";
import { segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ cluster: segment(clusterRef) });

/** GET /api/ecs/clusters/{cluster}: one cluster by name or ARN. */
export const GET = route({ params }, async ({ req, params }) =>
  getClusterOrThrow(await awsClientsFor(req), params.cluster),
);

/** DELETE /api/ecs/clusters/{cluster}: 409 naming the services while any remain. */
export const DELETE = route({ params }, async ({ req, params }) =>
  deleteCluster(await awsClientsFor(req), params.cluster),
);

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
