import { runContainerAction } from "@/lib/containers/actions";
import { actionParams } from "@/lib/containers/schemas";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** POST /api/docker/containers/{id}/{start|stop|restart|kill|pause|unpause}. */
export const POST = route({ params: actionParams }, async ({ params }) =>
  runContainerAction(params.id, params.action),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
