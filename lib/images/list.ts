import "server-only";
import { getDocker } from "@/lib/docker/client";
import { containersByImage, toImageSummaries } from "@/lib/images/list-mapper";
import type { ImageContainer, ImageSummary } from "@/lib/images/types";

/** Every top-level image (as `docker images`), with the containers made from each. */
export async function listImages(): Promise<ImageSummary[]> {
  const docker = getDocker();
  const [images, containers] = await Promise.all([
    docker.listImages({ all: false }),
    docker.listContainers({ all: true }),
  ]);
  return toImageSummaries(images, containers);
}

/** The containers, running or not, created from the image with this id. */
export async function containersUsingImage(imageId: string): Promise<ImageContainer[]> {
  const containers = await getDocker().listContainers({ all: true });
  return containersByImage(containers).get(imageId) ?? [];
}
