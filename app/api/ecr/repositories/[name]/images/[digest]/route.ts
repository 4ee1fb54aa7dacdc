import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { deleteImage } from "@/lib/ecr/images";
import { imageDigest, repositoryName } from "@/lib/ecr/names";
import { otherMethods } from "@/lib/http/methods";
import { segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ name: segment(repositoryName), digest: segment(imageDigest) });

/** DELETE /api/ecr/repositories/{name}/images/{digest}: deletes the image and its tags. */
export const DELETE = route({ params }, async ({ req, params }) =>
  deleteImage(await awsClientsFor(req), params.name, params.digest),
);

export const { GET, POST, PUT, PATCH, HEAD } = otherMethods("DELETE");
