import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { clusterRef } from "@/lib/ecs/names";
import { createService } from "@/lib/ecs/service-changes";
import { newService } from "@/lib/ecs/service-schemas";
import { listServices } from "@/lib/ecs/services";
import { otherMethods } from "@/lib/http/methods";
import { queryFlag, segment } from "@/lib/http/params";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ cluster: segment(clusterRef) });
const query = z.object({ inactive: queryFlag });

/** GET /api/ecs/clusters/{cluster}/services?inactive=: services with counts and deployments. */
export const GET = route({ params, query }, async ({ req, params, query }) =>
  listServices(await awsClientsFor(req), params.cluster, query.inactive),
);

/** POST /api/ecs/clusters/{cluster}/services: a service, network read from its task definition. */
export const POST = route({ params, body: newService }, async ({ req, params, body }) =>
  json(await createService(await awsClientsFor(req), params.cluster, body), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
