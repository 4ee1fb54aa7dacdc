import { isActive, isIdReference, namesLeftAfterUntag } from "@/lib/images/removal-rules";
import type { ImageSummary } from "@/lib/images/types";

export type RemovableImage = Pick<
  ImageSummary,
  "id" | "shortId" | "tags" | "digests" | "containers"
>;

/** Says before the click what removing this name will do, as `docker rmi` would. */
export function RemovalEffect({ imageRef, image }: { imageRef: string; image: RemovableImage }) {
  const byId = isIdReference(imageRef, image.id);
  const namesLeft = byId ? [] : namesLeftAfterUntag(imageRef, image.tags, image.digests);
  const onlyTag = namesLeft.length > 0;
  const running = image.containers.filter(isActive);

  return (
    <div className="space-y-2 text-slate-300" data-testid="removal-effect">
      {onlyTag && (
        <p data-testid="removal-only-tag">
          Removes only the name <code>{imageRef}</code>.
          <br />
          Image {image.shortId} stays, named <code>{namesLeft.join(", ")}</code>.
        </p>
      )}
      {byId && (
        <p data-testid="removal-by-id">
          Removes image {image.shortId}
          {image.tags.length > 0 && ` and all its names (${image.tags.join(", ")})`}.
        </p>
      )}
      {!byId && !onlyTag && (
        <p data-testid="removal-last-name">
          Removes the name <code>{imageRef}</code> and image {image.shortId} with it: no other name
          points to the image.
        </p>
      )}
      {!onlyTag && image.containers.length > 0 && (
        <p data-testid="removal-users">
          Used by {image.containers.map((c) => `${c.name} (${c.state})`).join(", ")}.
          {running.length > 0 &&
            " The engine refuses to remove an image while a running container uses it, even " +
              "with force."}
        </p>
      )}
    </div>
  );
}
