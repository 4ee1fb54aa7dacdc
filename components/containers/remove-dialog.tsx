"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { isActive } from "@/lib/containers/state-actions";
import { removeContainer } from "./queries";

/** Confirms removal; anonymous volumes and force (for a running container) are opt-in. */
export function RemoveDialog({
  container,
  open,
  onClose,
  onRemoved,
}: {
  container: { id: string; name: string; state: string };
  open: boolean;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const [volumes, setVolumes] = useState(false);
  const [force, setForce] = useState(false);
  const active = isActive(container.state);

  const confirm = async () => {
    await removeContainer(container.id, { force: active && force, volumes });
    onRemoved?.();
  };

  return (
    <ConfirmDialog
      open={open}
      title={`Remove ${container.name}`}
      body={
        <>
          Remove the container <span className="font-mono">{container.name}</span>? Its filesystem
          is lost; named volumes stay.
        </>
      }
      confirmLabel="Remove"
      onConfirm={confirm}
      onClose={onClose}
    >
      <div className="space-y-2">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={volumes}
            onChange={(e) => setVolumes(e.target.checked)}
            data-testid="remove-volumes"
          />
          Also remove its anonymous volumes
        </label>
        {active && (
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={force}
              onChange={(e) => setForce(e.target.checked)}
              data-testid="remove-force"
            />
            It is {container.state}: stop it and remove it (force)
          </label>
        )}
      </div>
    </ConfirmDialog>
  );
}
