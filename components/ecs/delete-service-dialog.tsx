"use client";

import { useState } from "react";
import { deleteService } from "@/components/ecs/queries";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ServiceDeletion, ServiceDetail } from "@/lib/ecs/service-types";

/**
 * Deleting a service: scale to 0 and delete (ECS drains its tasks), or force
 * (ECS deletes it as it is and stops its tasks). A DAEMON service is never
 * scaled, so force is the only way.
 */
export function DeleteServiceDialog({
  cluster,
  service,
  open,
  onClose,
  onDeleted,
}: {
  cluster: string;
  service: ServiceDetail;
  open: boolean;
  onClose: () => void;
  onDeleted: (result: ServiceDeletion) => void;
}) {
  const daemon = service.schedulingStrategy === "DAEMON";
  const [force, setForce] = useState(false);
  const option = (value: boolean, label: string, testId: string) => (
    <label className="flex items-center gap-2 text-slate-200">
      <input
        type="radio"
        name="delete-mode"
        checked={force === value}
        onChange={() => setForce(value)}
        data-testid={testId}
      />
      {label}
    </label>
  );

  return (
    <ConfirmDialog
      open={open}
      title={`Delete service ${service.name}`}
      body={
        daemon
          ? "This DAEMON service runs one task on each container instance and cannot be scaled: " +
            "it is deleted with force, and ECS stops its tasks."
          : `The service wants ${service.desiredCount} task(s).`
      }
      confirmLabel="Delete service"
      onConfirm={async () => onDeleted(await deleteService(cluster, service.name, daemon || force))}
      onClose={onClose}
    >
      {!daemon && (
        <div className="space-y-1.5 text-sm">
          {option(false, "Scale to 0, then delete (ECS drains the tasks)", "delete-scale")}
          {option(true, "Force: delete as it is; ECS stops its tasks", "delete-force")}
        </div>
      )}
    </ConfirmDialog>
  );
}
