"use client";

import { useState } from "react";
import { type RemovableImage, RemovalEffect } from "@/components/images/removal-effect";
import { useRemoveImage } from "@/components/images/use-images";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { ApiError } from "@/lib/client/api";
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

  const close = () => {
    setForce(false);
    removing.reset();
    onClose();
  };
  const confirm = async () => {
    const removal = await removing.mutateAsync({ ref: imageRef, force }).catch(() => null);
    if (!removal) return;
    onRemoved?.(removal);
    close();
  };

  return (
    <Dialog open={open} title={`Remove ${imageRef}`} onClose={close}>
      <div className="space-y-4 text-sm" data-testid="remove-dialog">
        <RemovalEffect imageRef={imageRef} image={image} />
        <label className="flex items-start gap-2 text-slate-300">
          <input
            type="checkbox"
            checked={force}
            onChange={(e) => setForce(e.target.checked)}
            data-testid="remove-force"
            className="mt-0.5"
          />
          <span>
            Force: remove even when stopped containers use the image, or when it is named by id and
            has several names. A running container still blocks removal.
          </span>
        </label>
        <ErrorNotice error={removing.error} action={`remove ${imageRef}`} />
        <EngineMessage error={removing.error} />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button
            variant="danger"
            onClick={confirm}
            disabled={removing.isPending}
            data-testid="confirm"
          >
            {removing.isPending ? "Removing…" : "Remove"}
          </Button>
        </div>
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
