"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { dockerKeys } from "@/lib/client/query-keys";
import type { ContainerAction } from "@/lib/containers/schemas";
import { actionsForState } from "@/lib/containers/state-actions";
import { containerAction } from "./queries";
import { RemoveDialog } from "./remove-dialog";

const LABELS: Record<ContainerAction, string> = {
  start: "Start",
  stop: "Stop",
  restart: "Restart",
  kill: "Kill",
  pause: "Pause",
  unpause: "Unpause",
};

/** The lifecycle buttons a container's state allows; kill and remove are confirmed. */
export function ContainerActions({
  container,
  onRemoved,
  size = "normal",
}: {
  container: { id: string; name: string; state: string };
  onRemoved?: () => void;
  size?: "small" | "normal";
}) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<ContainerAction | null>(null);
  const [error, setError] = useState<{ action: string; error: unknown } | null>(null);
  const [confirming, setConfirming] = useState<"kill" | "remove" | null>(null);
  const small = size === "small" ? "px-2 py-1 text-xs" : "";

  const refresh = () => queryClient.invalidateQueries({ queryKey: dockerKeys.containers() });
  const run = async (action: ContainerAction) => {
    setBusy(action);
    setError(null);
    try {
      await containerAction(container.id, action);
    } catch (e) {
      setError({ action: `${action} ${container.name}`, error: e });
    } finally {
      setBusy(null);
      await refresh();
    }
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1.5">
        {actionsForState(container.state).map((action) => (
          <Button
            key={action}
            className={small}
            disabled={busy !== null}
            data-testid={`action-${action}`}
            onClick={() => (action === "kill" ? setConfirming("kill") : run(action))}
          >
            {busy === action ? "…" : LABELS[action]}
          </Button>
        ))}
        <Button
          variant="danger"
          className={small}
          disabled={busy !== null}
          data-testid="action-remove"
          onClick={() => setConfirming("remove")}
        >
          Remove
        </Button>
      </div>
      {error && <ErrorNotice error={error.error} action={error.action} />}
      <ConfirmDialog
        open={confirming === "kill"}
        title={`Kill ${container.name}`}
        body="Send SIGKILL? The processes get no chance to shut down cleanly."
        confirmLabel="Kill"
        onConfirm={async () => {
          await containerAction(container.id, "kill");
          await refresh();
        }}
        onClose={() => setConfirming(null)}
      />
      <RemoveDialog
        container={container}
        open={confirming === "remove"}
        onClose={() => setConfirming(null)}
        onRemoved={async () => {
          await refresh();
          onRemoved?.();
        }}
      />
    </div>
  );
}
