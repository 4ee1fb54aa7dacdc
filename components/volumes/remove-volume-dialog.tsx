"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { VolumeSummary } from "@/lib/volumes/types";
import { removeVolume } from "./queries";
import { VolumeUsers } from "./volume-users";

/** Confirms removing a volume; a volume in use is refused and the dialog names the users. */
export function RemoveVolumeDialog({
  volume,
  onClose,
  onRemoved,
}: {
  volume: VolumeSummary | null;
  onClose: () => void;
  onRemoved: (name: string) => void;
}) {
  return (
    <ConfirmDialog
      open={volume !== null}
      title={`Remove volume ${volume?.name ?? ""}`}
      body={
        <>
          Remove <span className="font-mono break-all">{volume?.name}</span>? Its data is deleted
          for good.
        </>
      }
      confirmLabel="Remove"
      onConfirm={async () => {
        if (!volume) return;
        await removeVolume(volume.name);
        onRemoved(volume.name);
      }}
      onClose={onClose}
    >
      {volume && volume.containers.length > 0 && (
        <div className="text-amber-200" data-testid="volume-in-use">
          <p className="mb-1">In use by these containers; the engine will refuse:</p>
          <VolumeUsers users={volume.containers} />
        </div>
      )}
    </ConfirmDialog>
  );
}
