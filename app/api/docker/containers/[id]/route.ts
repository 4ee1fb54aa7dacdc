import { removeContainer } from "@/lib/containers/actions";
import { getContainerDetail } from "@/lib/containers/inspect";
import { idParams, inspectQuery, removeQuery } from "@/lib/containers/schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/docker/containers/{id}?revealEnv=true: inspect; env values masked by default. */
export const GET = route({ params: idParams, query: inspectQuery }, async ({ params, query }) =>
  getContainerDetail(params.id, { revealEnv: query.revealEnv ?? false }),
);

/** DELETE /api/docker/containers/{id}?force=&volumes=: remove, optionally its anonymous volumes. */
export const DELETE = route({ params: idParams, query: removeQuery }, async ({ params, query }) =>
  removeContainer(params.id, { force: query.force ?? false, volumes: query.volumes ?? false }),
);

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
