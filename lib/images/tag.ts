import "server-only";
import { getDocker } from "@/lib/docker/client";
import { inspectEngineImage } from "@/lib/images/inspect";
import { formatImageReference, parseImageReference } from "@/lib/images/reference";
import type { ImageTagResult } from "@/lib/images/types";
import { log } from "@/lib/log";

/**
 * Gives the image named by `ref` the new name `newTag` (already checked by the route's
 * schema). Repository and tag come from the parser, so `localhost:5000/app:v1` is
 * repository `localhost:5000/app`, tag `v1`, never split at its first colon.
 */
export async function tagImage(ref: string, newTag: string): Promise<ImageTagResult> {
  const image = await inspectEngineImage(ref);
  const target = parseImageReference(newTag);

  await getDocker().getImage(image.Id).tag({ repo: target.repository, tag: target.tag });

  const tag = formatImageReference({ ...target, explicitTag: true });
  log.info("image tagged", { image: image.Id, tag });
  return { id: image.Id, tag };
}
