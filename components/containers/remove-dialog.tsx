"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Checkbox } from "@/components/ui/fields";
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
        <Checkbox checked={volumes} onChange={setVolumes} testId="remove-volumes">
          Also remove its anonymous volumes
        </Checkbox>
        {active && (
          <Checkbox checked={force} onChange={setForce} testId="remove-force">
            It is {container.state}: stop it and remove it (force)
          </Checkbox>
        )}
      </div>
    </ConfirmDialog>
  );
}
