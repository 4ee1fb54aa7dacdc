"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { VolumeSummary } from "@/lib/volumes/types";
import { removeVolume } from "./queries";
import { VolumeUsers } from "./volume-users";

/** Confirms removing a volume; for a volume in use it names the users and cannot confirm. */
export function RemoveVolumeDialog({
  volume,
  onClose,
  onRemoved,
}: {
  volume: VolumeSummary | null;
  onClose: () => void;
  onRemoved: (name: string) => void;
}) {
  const users = volume?.containers ?? [];
  // The engine refuses to remove a mounted volume, even a stopped container's.
  const blockedBy = users.length
    ? `Remove ${users.length > 1 ? `these ${users.length} containers` : "this container"} first: ` +
      "the engine refuses to remove a volume a container mounts."
    : null;
  return (
    <ConfirmDialog
      blockedBy={blockedBy}
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
      {users.length > 0 && (
        <div className="text-amber-200" data-testid="volume-in-use">
          <p className="mb-1">In use by:</p>
          <VolumeUsers users={users} />
        </div>
      )}
    </ConfirmDialog>
  );
}
