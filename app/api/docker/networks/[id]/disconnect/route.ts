import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { disconnectContainer } from "@/lib/networks/membership";
import { disconnectBody, networkParams } from "@/lib/networks/schemas";

export const dynamic = "force-dynamic";

/** POST /api/docker/networks/{id}/disconnect {container, force?}: detach a container. */
export const POST = route({ params: networkParams, body: disconnectBody }, ({ params, body }) =>
  disconnectContainer(params.id, body.container, body.force ?? false),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
