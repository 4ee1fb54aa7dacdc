"use client";

import { taskDefinitionPath } from "@/components/task-definitions/types";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { apiFetch } from "@/lib/client/api";

export type RevisionAction = { kind: "deregister" | "delete"; ref: string } | null;

/** Confirms deregistering an ACTIVE revision or deleting an INACTIVE one for good. */
export function RevisionActionDialog({
  action,
  onClose,
  onDone,
}: {
  action: RevisionAction;
  onClose: () => void;
  onDone: () => Promise<unknown> | unknown;
}) {
  const deleting = action?.kind === "delete";
  return (
    <ConfirmDialog
      open={action !== null}
      title={`${deleting ? "Delete" : "Deregister"} ${action?.ref ?? ""}`}
      body={
        deleting
          ? "The revision is deleted for good: ECS keeps it only while tasks or services still " +
            "use it, then it is gone. This cannot be undone."
          : "The revision becomes INACTIVE: tasks and services that run it go on, but no new " +
            "ones can use it. An inactive revision can then be deleted."
      }
      confirmLabel={deleting ? "Delete revision" : "Deregister"}
      onConfirm={async () => {
        if (!action) return;
        const query = action.kind === "delete" ? "?delete=true" : "";
        await apiFetch(`${taskDefinitionPath(action.ref)}${query}`, { method: "DELETE" });
        await onDone();
      }}
      onClose={onClose}
    />
  );
}
