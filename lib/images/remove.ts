import "server-only";
import type Docker from "dockerode";
import { getDocker } from "@/lib/docker/client";
import { dockerMessage } from "@/lib/docker/errors";
import { conflict } from "@/lib/errors";
import { inspectEngineImage } from "@/lib/images/inspect";
import { containersUsingImage } from "@/lib/images/list";
import { imageDigests, imageTags } from "@/lib/images/list-mapper";
import {
  describeUsers,
  RUNNING_REFUSAL,
  removesOnlyTag,
  runningBlockers,
} from "@/lib/images/removal-rules";
import type { ImageContainer, ImageRemoval } from "@/lib/images/types";
import { log } from "@/lib/log";

/**
 * Removes what `docker rmi <ref>` removes: only the tag when the image keeps other
 * names, else the image. Containers using it are looked up first, so a refusal names
 * them. Slipway refuses while a running container uses the image, force or not: with
 * force the engine would only untag the name and leave the image dangling.
 */
export async function removeImage(ref: string, force: boolean): Promise<ImageRemoval> {
  const image = await inspectEngineImage(ref);
  const names = {
    id: image.Id,
    tags: imageTags(image.RepoTags),
    digests: imageDigests(image.RepoDigests),
  };
  const onlyTag = removesOnlyTag(ref, names.id, names.tags, names.digests);
  const users = onlyTag ? [] : await containersUsingImage(image.Id);

  const running = runningBlockers(ref, names, users);
  if (running.length > 0) {
    throw conflict(
      `Image "${ref}" is used by ${describeUsers(running, "running")}. ${RUNNING_REFUSAL}`,
      {
        containers: running,
      },
    );
  }

  const items = await removeOrExplain(ref, force, users);
  const removal = toRemoval(ref, image.Id, items);
  log.info("image removed", { ref, image: image.Id, removed: removal.imageRemoved, force });
  return removal;
}

async function removeOrExplain(
  ref: string,
  force: boolean,
  users: readonly ImageContainer[],
): Promise<Docker.ImageRemoveInfo[]> {
  try {
    return (await getDocker().getImage(ref).remove({ force })) as Docker.ImageRemoveInfo[];
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    const engineMessage = dockerMessage(error as Error);
    // Other conflicts (child images, several names given by id) read well as they are.
    const aboutContainers = /container/i.test(engineMessage);
    if (status !== 409 || force || users.length === 0 || !aboutContainers) throw error;
    throw conflict(
      `Image "${ref}" is used by ${describeUsers(users, "stopped")}. Remove that container ` +
        "first, or remove with force to delete the image anyway (the container stays, " +
        "left without an image name).",
      { engineMessage, containers: users },
    );
  }
}

function toRemoval(ref: string, id: string, items: readonly Docker.ImageRemoveInfo[]) {
  const untagged = items.flatMap((item) => (item.Untagged ? [item.Untagged] : []));
  const deleted = items.flatMap((item) => (item.Deleted ? [item.Deleted] : []));
  return {
    ref,
    id,
    untagged,
    deleted,
    imageRemoved: deleted.includes(id),
  } satisfies ImageRemoval;
}
