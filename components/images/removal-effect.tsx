import {
  isIdReference,
  namesLeftAfterUntag,
  RUNNING_REFUSAL,
  runningBlockers,
} from "@/lib/images/removal-rules";
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
  const running = runningBlockers(imageRef, image, image.containers);

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
        </p>
      )}
      {running.length > 0 && (
        <p data-testid="removal-blocked" className="text-amber-200">
          {`${running.map((c) => c.name).join(", ")} ${running.length === 1 ? "is" : "are"} `}
          running. {RUNNING_REFUSAL}
        </p>
      )}
    </div>
  );
}
