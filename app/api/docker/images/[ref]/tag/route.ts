import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { imageRefParams, tagImageBody } from "@/lib/images/schemas";
import { tagImage } from "@/lib/images/tag";

export const dynamic = "force-dynamic";

/** POST /api/docker/images/{ref}/tag {tag}: gives the image another name. */
export const POST = route({ params: imageRefParams, body: tagImageBody }, ({ params, body }) =>
  tagImage(params.ref, body.tag),
);

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
