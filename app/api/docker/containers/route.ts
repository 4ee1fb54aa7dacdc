import { createAndStartContainer } from "@/lib/containers/create";
import { listContainers } from "@/lib/containers/list";
import { createBody, listQuery } from "@/lib/containers/schemas";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/docker/containers?all=true: running containers, or all of them. */
export const GET = route({ query: listQuery }, async ({ query }) =>
  listContainers({ all: query.all ?? false }),
);

/** POST /api/docker/containers: create and start; 201 with the bindings the engine applied. */
export const POST = route({ body: createBody }, async ({ body }) =>
  json(await createAndStartContainer(body), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
