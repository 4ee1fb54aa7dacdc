import { awsClientsFor } from "@/lib/aws/clients";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { shipHistory } from "@/lib/ship/history";
import { shipHistoryQuery, shipRequest } from "@/lib/ship/schemas";
import { startShip } from "@/lib/ship/ship";

export const dynamic = "force-dynamic";

/** POST /api/ship: checks everything, then starts the ship flow; 201 {id}. */
export const POST = route({ body: shipRequest }, async ({ req, body }) => {
  const flow = await startShip(await awsClientsFor(req), body);
  return json({ id: flow.id }, 201);
});

/** GET /api/ship?cluster=&service=: the service's ships and rollbacks, newest first. */
export const GET = route({ query: shipHistoryQuery }, async ({ req, query }) => {
  const aws = await awsClientsFor(req);
  return shipHistory({ ...query, region: aws.context.region ?? "" });
});

export const { PUT, PATCH, DELETE } = otherMethods("POST", "GET");
