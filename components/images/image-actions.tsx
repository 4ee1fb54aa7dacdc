"use client";

import Link from "next/link";
import type { RemovableImage } from "@/components/images/removal-effect";
import { RemoveImageDialog } from "@/components/images/remove-image-dialog";
import { TagImageDialog } from "@/components/images/tag-image-dialog";
import { runImageHref } from "@/components/images/use-images";
import { Button } from "@/components/ui/button";
import type { ImageRemoval, ImageTagResult } from "@/lib/images/types";

// Run, Tag and Remove for one image name. The buttons sit on every row; the dialogs
// exist once per page and open on the row's name.

const RUN_LINK =
  "inline-flex items-center rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white " +
  "hover:bg-sky-600";

export interface ImageAction {
  kind: "tag" | "remove";
  imageRef: string;
  image: RemovableImage;
}

export function ImageActions({
  imageRef,
  image,
  onAction,
}: {
  imageRef: string;
  image: RemovableImage;
  onAction: (action: ImageAction) => void;
}) {
  return (
    <div className="flex justify-end gap-1.5">
      <Link href={runImageHref(imageRef)} data-testid="image-run" className={RUN_LINK}>
        Run
      </Link>
      <Button onClick={() => onAction({ kind: "tag", imageRef, image })} data-testid="image-tag">
        Tag
      </Button>
      <Button
        variant="danger"
        onClick={() => onAction({ kind: "remove", imageRef, image })}
        data-testid="image-remove"
      >
        Remove
      </Button>
    </div>
  );
}

export function ImageActionDialogs({
  action,
  onClose,
  onTagged,
  onRemoved,
}: {
  action: ImageAction | null;
  onClose: () => void;
  onTagged?: (result: ImageTagResult) => void;
  onRemoved?: (removal: ImageRemoval) => void;
}) {
  return (
    <>
      <TagImageDialog
        open={action?.kind === "tag"}
        imageRef={action?.imageRef ?? ""}
        onClose={onClose}
        onTagged={onTagged}
      />
      {action && (
        <RemoveImageDialog
          open={action.kind === "remove"}
          imageRef={action.imageRef}
          image={action.image}
          onClose={onClose}
          onRemoved={onRemoved}
        />
      )}
    </>
  );
}
