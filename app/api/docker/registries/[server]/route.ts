import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { decodeReferenceSegment } from "@/lib/images/reference";
import { registryParamsSchema } from "@/lib/registries/schemas";
import { normalizeServer } from "@/lib/registries/server-name";
import { removeRegistry } from "@/lib/registries/store";

export const dynamic = "force-dynamic";

/** DELETE /api/docker/registries/{server}: forgets the credentials saved for one server. */
export const DELETE = route({ params: registryParamsSchema }, async ({ params }) => {
  await removeRegistry(normalizeServer(decodeReferenceSegment(params.server)));
  return { ok: true };
});

export const { GET, POST, PUT, PATCH, HEAD } = otherMethods("DELETE");
