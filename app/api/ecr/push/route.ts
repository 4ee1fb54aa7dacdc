import { awsClientsFor } from "@/lib/aws/clients";
import { preparePush } from "@/lib/ecr/push";
import { ecrPushSchema } from "@/lib/ecr/push-schema";
import { pushLines } from "@/lib/ecr/push-stream";
import { otherMethods } from "@/lib/http/methods";
import { route } from "@/lib/http/route";
import { ndjson } from "@/lib/http/streams";

export const dynamic = "force-dynamic";

/**
 * POST /api/ecr/push: pushes local `{image}` to ECR `{repository}` as `{tag}`, as NDJSON.
 * A missing image or repository, or a taken immutable tag, is refused before the stream.
 */
export const POST = route({ body: ecrPushSchema }, async ({ req, body }) => {
  const prepared = await preparePush(await awsClientsFor(req), body);
  return ndjson(req, (signal) => pushLines(prepared, signal));
});

export const { GET, PUT, PATCH, DELETE, HEAD } = otherMethods("POST");
