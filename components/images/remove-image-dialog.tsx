"use client";

import { useState } from "react";
import { type RemovableImage, RemovalEffect } from "@/components/images/removal-effect";
import { useRemoveImage } from "@/components/images/use-images";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Checkbox } from "@/components/ui/fields";
import { ApiError } from "@/lib/client/api";
import { runningBlockers } from "@/lib/images/removal-rules";
import type { ImageRemoval } from "@/lib/images/types";

/** Confirms removing one name (or an image by id); a refusal stays in the dialog. */
export function RemoveImageDialog({
  open,
  imageRef,
  image,
  onClose,
  onRemoved,
}: {
  open: boolean;
  imageRef: string;
  image: RemovableImage;
  onClose: () => void;
  onRemoved?: (removal: ImageRemoval) => void;
}) {
  const [force, setForce] = useState(false);
  const removing = useRemoveImage();
  // The server would refuse: say why beside a disabled button instead of after a click.
  const blocked = runningBlockers(imageRef, image, image.containers).length > 0;

  const close = () => {
    setForce(false);
    removing.reset();
    onClose();
  };
  const confirm = async () => {
    // The mutation keeps the error; the dialog shows it and stays open.
    const removal = await removing.mutateAsync({ ref: imageRef, force }).catch(() => null);
    if (!removal) return;
    onRemoved?.(removal);
    close();
  };

  return (
    <Dialog open={open} title={`Remove ${imageRef}`} onClose={close}>
      <div className="space-y-4 text-sm" data-testid="remove-dialog">
        <RemovalEffect imageRef={imageRef} image={image} />
        <Checkbox checked={force} onChange={setForce} testId="remove-force" disabled={blocked}>
          Force: remove even when stopped containers use the image, or when it is named by id and
          has several names.
        </Checkbox>
        <ErrorNotice error={removing.error} action={`remove ${imageRef}`} />
        <EngineMessage error={removing.error} />
        <DialogActions onCancel={close}>
          <Button
            variant="danger"
            onClick={confirm}
            disabled={removing.isPending || blocked}
            title={blocked ? "A running container uses this image" : undefined}
            data-testid="confirm"
          >
            {removing.isPending ? "Removing…" : "Remove"}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  );
}

/** The engine's own words, kept by the server beside its explanation. */
function EngineMessage({ error }: { error: unknown }) {
  if (!(error instanceof ApiError)) return null;
  const engineMessage = (error.details as { engineMessage?: string } | undefined)?.engineMessage;
  if (!engineMessage) return null;
  return (
    <p className="text-xs text-slate-400" data-testid="engine-message">
      Engine: {engineMessage}
    </p>
  );
}
