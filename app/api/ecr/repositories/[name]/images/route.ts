import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { listImages } from "@/lib/ecr/images";
import { repositoryName } from "@/lib/ecr/names";
import { otherMethods } from "@/lib/http/methods";
import { segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ name: segment(repositoryName) });

/** GET /api/ecr/repositories/{name}/images: tags, digest, size, push time, scan findings. */
export const GET = route({ params }, async ({ req, params }) =>
  listImages(await awsClientsFor(req), params.name),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
