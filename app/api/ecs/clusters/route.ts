import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { appName } from "@/lib/aws/tags";
import { createCluster, listClusters } from "@/lib/ecs/clusters";
import { clusterName } from "@/lib/ecs/names";
import { otherMethods } from "@/lib/http/methods";
import { queryFlag } from "@/lib/http/params";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const query = z.object({ inactive: queryFlag });
const body = z.strictObject({ name: clusterName, app: appName.optional() });

/** GET /api/ecs/clusters?inactive=: clusters with service and task counts. */
export const GET = route({ query }, async ({ req, query }) =>
  listClusters(await awsClientsFor(req), query.inactive),
);

/** POST /api/ecs/clusters: creates a Fargate cluster (FARGATE and FARGATE_SPOT). */
export const POST = route({ body }, async ({ req, body }) =>
  json(await createCluster(await awsClientsFor(req), body.name, body.app), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
