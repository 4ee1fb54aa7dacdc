import { awsClientsFor } from "@/lib/aws/clients";
import { createPlan } from "@/lib/cleanup/plans";
import { planRequest } from "@/lib/cleanup/schemas";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/**
 * POST /api/cleanup/plans: what cleaning up a service, a cluster or an app would
 * remove and keep, in run order, with the reasons. Changes nothing.
 */
export const POST = route({ body: planRequest }, async ({ req, body }) =>
  json(await createPlan(await awsClientsFor(req), body), 201),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
