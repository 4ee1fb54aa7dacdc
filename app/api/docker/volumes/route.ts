import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { createVolume } from "@/lib/volumes/change";
import { listVolumes } from "@/lib/volumes/list";
import { createVolumeBody } from "@/lib/volumes/schemas";

export const dynamic = "force-dynamic";

/** GET /api/docker/volumes: every volume with its size and the containers using it. */
export const GET = route({}, () => listVolumes());

/** POST /api/docker/volumes: create a volume; 201 with the volume as inspected. */
export const POST = route({ body: createVolumeBody }, async ({ body }) =>
  json(await createVolume(body), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
