"use client";

import { useEffect } from "react";
import { servicePath } from "@/components/ecs/queries";
import { rolloutStepDetail } from "@/components/ecs/rollout-step-detail";
import { FlowSteps } from "@/components/flows/flow-steps";
import { FlowSummary } from "@/components/flows/flow-summary";
import { useFlow } from "@/components/flows/use-flow";
import { Button } from "@/components/ui/button";

/** A rollback flow of the service, live: its steps, the rollout in the last one. */
export function RollbackFlow({
  cluster,
  service,
  id,
  onEnded,
  onClose,
}: {
  cluster: string;
  service: string;
  id: string;
  /** Called once the flow has ended, however it ended. */
  onEnded: () => void;
  onClose: () => void;
}) {
  const { flow, connection } = useFlow(`${servicePath(cluster, service)}/rollback/${id}`);
  const running = !flow || flow.state === "running";
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per end, not per new callback
  useEffect(() => {
    if (!running) onEnded();
  }, [running]);

  if (!flow) return <p className="text-sm text-slate-400">Starting the rollback…</p>;
  return (
    <div data-testid="rollback-flow">
      <FlowSummary
        flow={flow}
        connection={connection}
        actions={
          !running && (
            <Button variant="ghost" onClick={onClose} data-testid="rollback-close">
              Close
            </Button>
          )
        }
      />
      <FlowSteps flow={flow} renderDetail={rolloutStepDetail} />
    </div>
  );
}
