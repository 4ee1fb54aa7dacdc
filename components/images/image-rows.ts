import { plural } from "@/lib/format/plural";
import type { ImageSummary } from "@/lib/images/types";

// The table shows one row per name, as `docker images` does, so that Remove on a row
// plainly removes that name. An image without tags is one row under its digest name
// or, when dangling, its short id.

export interface ImageRow {
  /** What the row's actions name: a tag, a digest name, or the short id. */
  ref: string;
  /** What the first column shows. */
  label: string;
  /** The image's other tags, shown beside the row's own. */
  otherTags: string[];
  image: ImageSummary;
}

export function toImageRows(images: readonly ImageSummary[]): ImageRow[] {
  return images.flatMap((image) => {
    if (image.tags.length > 0) {
      return image.tags.map((tag) => ({
        ref: tag,
        label: tag,
        otherTags: image.tags.filter((other) => other !== tag),
        image,
      }));
    }
    const ref = image.digests[0] ?? image.shortId;
    return [{ ref, label: image.digests[0] ?? "<none>", otherTags: [], image }];
  });
}

/** Matches names, ids and the names of containers using the image, ignoring case. */
export function filterImageRows(
  rows: readonly ImageRow[],
  text: string,
  showDangling: boolean,
): ImageRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((row) => {
    if (!showDangling && row.image.dangling) return false;
    if (needle === "") return true;
    const haystack = [
      row.label,
      ...row.otherTags,
      row.image.id,
      ...row.image.containers.map((c) => c.name),
    ];
    return haystack.some((value) => value.toLowerCase().includes(needle));
  });
}

/**
 * The page's count: images (what takes disk) apart from their tags (the table's named
 * rows), so "12 images, 15 tags" reads right beside a table of 15 named rows.
 */
export function describeImageCounts(images: readonly ImageSummary[]): string {
  const tags = images.reduce((sum, image) => sum + image.tags.length, 0);
  const dangling = images.filter((image) => image.dangling).length;
  return `${plural(images.length, "image")}, ${plural(tags, "tag")}, ${dangling} dangling`;
}
