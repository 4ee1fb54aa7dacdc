import "server-only";
import type Docker from "dockerode";
import { getDocker } from "@/lib/docker/client";
import { toImageDetails } from "@/lib/images/details-mapper";
import type { EngineHistoryEntry } from "@/lib/images/history";
import { containersUsingImage } from "@/lib/images/list";
import type { ImageDetails } from "@/lib/images/types";

/** The engine's own record of an image named by reference or (short) id; 404 if none. */
export async function inspectEngineImage(ref: string): Promise<Docker.ImageInspectInfo> {
  return getDocker().getImage(ref).inspect();
}

/** An image's page: config, layers, history and the containers that use it. */
export async function getImageDetails(ref: string): Promise<ImageDetails> {
  const image = await inspectEngineImage(ref);

  // History by id, not by the name asked for: a tag may move between the two calls.
  const [history, containers] = await Promise.all([
    getDocker().getImage(image.Id).history() as Promise<EngineHistoryEntry[]>,
    containersUsingImage(image.Id),
  ]);
  return toImageDetails(image, history, containers);
}
