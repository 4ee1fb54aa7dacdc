import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { getNetworkDetails } from "@/lib/networks/list";
import { removeNetwork } from "@/lib/networks/remove";
import { networkParams } from "@/lib/networks/schemas";

export const dynamic = "force-dynamic";

/** GET /api/docker/networks/{id}: one network by id or name, with attached containers. */
export const GET = route({ params: networkParams }, ({ params }) => getNetworkDetails(params.id));

/** DELETE /api/docker/networks/{id}: remove; predefined or in-use networks are refused (409). */
export const DELETE = route({ params: networkParams }, ({ params }) => removeNetwork(params.id));

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
