"use client";

import { useQuery } from "@tanstack/react-query";
import { servicePath } from "@/components/ecs/queries";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { getJson, sendJson } from "@/lib/client/api";
import type { RollbackTarget } from "@/lib/ecs/rollback-types";

/** Confirms a rollback, naming the revision it goes to and where that was found. */
export function RollbackDialog({
  cluster,
  service,
  open,
  onClose,
  onStarted,
}: {
  cluster: string;
  service: string;
  open: boolean;
  onClose: () => void;
  /** The rollback flow's id, once the server started it. */
  onStarted: (id: string) => void;
}) {
  const path = `${servicePath(cluster, service)}/rollback`;
  // Asked afresh each time the dialog opens: a deploy since changes the answer.
  const target = useQuery({
    queryKey: ["rollback-target", path],
    queryFn: () => getJson<RollbackTarget>(path),
    enabled: open,
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
  const to = target.data;

  return (
    <ConfirmDialog
      open={open}
      title={`Roll back ${service}`}
      body={
        to ? (
          <span data-testid="rollback-target">
            Roll {service} back from <span className="font-mono">{to.currentTaskDefinition}</span>{" "}
            to <span className="font-mono font-semibold text-white">{to.taskDefinition}</span>?
            Found in {foundIn(to)}. ECS replaces the tasks; Slipway follows the rollout.
          </span>
        ) : target.isPending ? (
          "Looking for the previous revision…"
        ) : (
          <ErrorNotice error={target.error} action="find a revision to roll back to" />
        )
      }
      canConfirm={Boolean(to)}
      confirmLabel={to ? `Roll back to ${to.taskDefinition}` : "Roll back"}
      onConfirm={async () => onStarted((await sendJson<{ id: string }>("POST", path)).id)}
      onClose={onClose}
    />
  );
}

/** Where the revision was found, with a history entry's time in local time as the history shows it. */
function foundIn(to: RollbackTarget): string {
  const flow = to.sourceFlow;
  if (!flow) return to.sourceNote;
  return `Slipway's history: the ${flow.kind} of ${new Date(flow.at).toLocaleString()}`;
}
