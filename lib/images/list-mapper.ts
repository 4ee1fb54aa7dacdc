import type Docker from "dockerode";
import type { ImageContainer, ImageSummary } from "@/lib/images/types";

// Engine image and container lists -> the images table. Pure, so it is tested on
// plain objects; the engine calls live in list.ts.

const NO_TAG = "<none>:<none>";
const NO_DIGEST = "<none>@<none>";

export function shortImageId(id: string): string {
  return id.replace(/^sha256:/, "").slice(0, 12);
}

/** Real names only: the engine writes `<none>:<none>` for an untagged image. */
export function imageTags(repoTags: readonly string[] | null | undefined): string[] {
  return (repoTags ?? []).filter((tag) => tag !== NO_TAG);
}

export function imageDigests(repoDigests: readonly string[] | null | undefined): string[] {
  return (repoDigests ?? []).filter((digest) => digest !== NO_DIGEST);
}

export function toImageContainer(container: Docker.ContainerInfo): ImageContainer {
  const name = container.Names[0]?.replace(/^\//, "") ?? shortImageId(container.Id);
  return { id: container.Id, name, state: container.State };
}

/** Containers grouped by the id of the image they were created from. */
export function containersByImage(
  containers: readonly Docker.ContainerInfo[],
): Map<string, ImageContainer[]> {
  const byImage = new Map<string, ImageContainer[]>();
  for (const container of containers) {
    const users = byImage.get(container.ImageID) ?? [];
    users.push(toImageContainer(container));
    byImage.set(container.ImageID, users);
  }
  return byImage;
}

export function toImageSummary(
  image: Docker.ImageInfo,
  users: Map<string, ImageContainer[]>,
): ImageSummary {
  const tags = imageTags(image.RepoTags);
  const digests = imageDigests(image.RepoDigests);
  return {
    id: image.Id,
    shortId: shortImageId(image.Id),
    tags,
    digests,
    size: image.Size,
    created: new Date(image.Created * 1000).toISOString(),
    dangling: tags.length === 0 && digests.length === 0,
    containers: users.get(image.Id) ?? [],
    labels: image.Labels ?? {},
  };
}

/** Newest first, as `docker images` lists them. */
export function toImageSummaries(
  images: readonly Docker.ImageInfo[],
  containers: readonly Docker.ContainerInfo[],
): ImageSummary[] {
  const users = containersByImage(containers);
  return images
    .map((image) => toImageSummary(image, users))
    .sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
}
