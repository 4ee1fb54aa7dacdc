"use client";

import { useEffect, useState } from "react";
import { servicePath } from "@/components/ecs/queries";
import { rolloutStepDetail } from "@/components/ecs/rollout-step-detail";
import { CancelledNote } from "@/components/flows/cancelled-note";
import { FlowSteps } from "@/components/flows/flow-steps";
import { FlowSummary } from "@/components/flows/flow-summary";
import { useFlow } from "@/components/flows/use-flow";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";
import type { Flow } from "@/lib/flows/types";

interface RollbackFlowProps {
  cluster: string;
  service: string;
  id: string;
  /** Called once the flow has ended, however it ended. */
  onEnded: () => void;
  onClose: () => void;
}

/** A rollback flow of the service, live: its steps, the rollout in the last one. */
export function RollbackFlow(props: RollbackFlowProps) {
  // A retry runs the same flow again: following it again takes a new stream.
  const [attempt, setAttempt] = useState(0);
  return <FollowedRollback key={attempt} {...props} onRetried={() => setAttempt((a) => a + 1)} />;
}

function FollowedRollback({
  cluster,
  service,
  id,
  onEnded,
  onClose,
  onRetried,
}: RollbackFlowProps & { onRetried: () => void }) {
  const path = `${servicePath(cluster, service)}/rollback/${id}`;
  const { flow, connection } = useFlow(path);
  const [error, setError] = useState<unknown>(null);
  const running = !flow || flow.state === "running";
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per end, not per new callback
  useEffect(() => {
    if (!running) onEnded();
  }, [running]);

  const act = (action: "cancel" | "retry") => async () => {
    setError(null);
    try {
      await sendJson<Flow>("POST", `${path}/${action}`);
      if (action === "retry") onRetried();
    } catch (e) {
      setError(e);
    }
  };

  if (!flow) return <p className="text-sm text-slate-400">Starting the rollback…</p>;
  const actions = running ? (
    <Button variant="ghost" onClick={act("cancel")} data-testid="rollback-cancel">
      Cancel
    </Button>
  ) : (
    <>
      {flow.state !== "succeeded" && (
        <Button onClick={act("retry")} data-testid="rollback-retry">
          Retry
        </Button>
      )}
      <Button variant="ghost" onClick={onClose} data-testid="rollback-close">
        Close
      </Button>
    </>
  );
  return (
    <div data-testid="rollback-flow">
      <FlowSummary flow={flow} connection={connection} actions={actions} />
      <ErrorNotice error={error} action="change the rollback" />
      {flow.state === "cancelled" && <CancelledNote />}
      <FlowSteps flow={flow} renderDetail={rolloutStepDetail} />
    </div>
  );
}
