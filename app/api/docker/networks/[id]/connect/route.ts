import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { connectContainer } from "@/lib/networks/membership";
import { connectBody, networkParams } from "@/lib/networks/schemas";

export const dynamic = "force-dynamic";

/** POST /api/docker/networks/{id}/connect {container}: attach a container. */
export const POST = route({ params: networkParams, body: connectBody }, ({ params, body }) =>
  connectContainer(params.id, body.container),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
