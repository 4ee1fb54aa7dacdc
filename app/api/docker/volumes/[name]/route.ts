import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { removeVolume } from "@/lib/volumes/change";
import { getVolumeDetails } from "@/lib/volumes/list";
import { removeVolumeQuery, volumeParams } from "@/lib/volumes/schemas";

export const dynamic = "force-dynamic";

/** GET /api/docker/volumes/{name}: one volume, inspected, with its users and size. */
export const GET = route({ params: volumeParams }, ({ params }) => getVolumeDetails(params.name));

/** DELETE /api/docker/volumes/{name}?force=: remove; 409 naming the containers using it. */
export const DELETE = route(
  { params: volumeParams, query: removeVolumeQuery },
  ({ params, query }) => removeVolume(params.name, query.force),
);

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
