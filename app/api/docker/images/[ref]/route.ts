import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { getImageDetails } from "@/lib/images/inspect";
import { removeImage } from "@/lib/images/remove";
import { imageRefParams, removeImageQuery } from "@/lib/images/schemas";

export const dynamic = "force-dynamic";

/** GET /api/docker/images/{ref}: config, layers, history and users of one image. */
export const GET = route({ params: imageRefParams }, ({ params }) => getImageDetails(params.ref));

/** DELETE /api/docker/images/{ref}?force=: removes the tag named, or the image by id. */
export const DELETE = route(
  { params: imageRefParams, query: removeImageQuery },
  ({ params, query }) => removeImage(params.ref, query.force),
);

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
