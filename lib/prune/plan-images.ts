import type { EngineImage } from "@/lib/docker/engine-documents";
import { imageDigests, imageTags, shortImageId } from "@/lib/images/list-mapper";
import { matchesLabels } from "@/lib/prune/labels";
import { byName, leavingNote, type Users } from "@/lib/prune/plan-users";
import type { PruneItem, PruneOptions } from "@/lib/prune/types";

// Images a prune removes: never one a container uses, in any state, unless that
// container is removed by the same prune first. An image whose use count from the
// engine is higher than the containers Slipway can see is kept: it is used by
// something, even if the list does not say what.

export function planImages(
  images: readonly EngineImage[],
  users: Users,
  options: PruneOptions,
): PruneItem[] {
  const items: PruneItem[] = [];
  for (const image of images) {
    const tags = imageTags(image.RepoTags);
    const digests = imageDigests(image.RepoDigests);
    if (options.dangling && (tags.length > 0 || digests.length > 0)) continue;
    if (!matchesLabels(image.Labels, options.labels)) continue;

    const using = users.containers.filter((c) => c.ImageID === image.Id);
    if (using.some((c) => !users.leaving.has(c.Id))) continue;
    if ((image.Containers ?? 0) > using.length) continue;

    const note = leavingNote(using);
    items.push({
      kind: "images",
      id: image.Id,
      name: imageName(image.Id, tags, digests),
      size: ownSize(image),
      ...(note && { note }),
    });
  }
  return items.sort(byName);
}

/** The tags, else the digests, else `<none>` with the short id. */
export function imageName(id: string, tags: readonly string[], digests: readonly string[]) {
  if (tags.length > 0) return tags.join(", ");
  if (digests.length > 0) return digests.join(", ");
  return `<none> (${shortImageId(id)})`;
}

/** The bytes only this image holds: layers it shares with other images stay on disk. */
function ownSize(image: EngineImage): number {
  const shared = image.SharedSize !== undefined && image.SharedSize > 0 ? image.SharedSize : 0;
  return Math.max(0, image.Size - shared);
}
