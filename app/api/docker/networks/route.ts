import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { createNetwork } from "@/lib/networks/create";
import { listNetworks } from "@/lib/networks/list";
import { createNetworkBody } from "@/lib/networks/schemas";

export const dynamic = "force-dynamic";

/** GET /api/docker/networks: every network with subnets and attached containers. */
export const GET = route({}, () => listNetworks());

/** POST /api/docker/networks: create a bridge network; 201 with the network as inspected. */
export const POST = route({ body: createNetworkBody }, async ({ body }) =>
  json(await createNetwork(body), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
