import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { listImages } from "@/lib/images/list";

export const dynamic = "force-dynamic";

/** GET /api/docker/images: every image with its tags, size and the containers using it. */
export const GET = route({}, () => listImages());

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
