"use client";

import { useState } from "react";
import { retryCleanupRun, runUrl } from "@/components/cleanup/api";
import { FlowSteps } from "@/components/flows/flow-steps";
import { FlowSummary } from "@/components/flows/flow-summary";
import { useFlow } from "@/components/flows/use-flow";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import type { CleanupRunResult } from "@/lib/cleanup/types";
import { describeItem, describeTarget } from "@/lib/cleanup/types";
import { plural } from "@/lib/format/plural";

/** A cleanup run live: each step, what it waits for, and Retry once it failed. */
export function RunView({ runId }: { runId: string }) {
  // A retry starts a new event stream: the view follows it afresh.
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setError(null);
    setRetrying(true);
    try {
      await retryCleanupRun(runId);
      setAttempt((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div data-testid="cleanup-run" data-run-id={runId}>
      <ErrorNotice error={error} action="retry the cleanup" />
      <LiveRun key={attempt} runId={runId} retrying={retrying} onRetry={retry} />
    </div>
  );
}

function LiveRun({
  runId,
  retrying,
  onRetry,
}: {
  runId: string;
  retrying: boolean;
  onRetry: () => void;
}) {
  const { flow, connection } = useFlow(runUrl(runId));
  if (!flow) return <p className="text-slate-400">Loading the run…</p>;
  const result = flow.result as unknown as CleanupRunResult;
  const canRetry = ["failed", "interrupted", "cancelled"].includes(flow.state);
  return (
    <>
      <p className="mb-2 text-sm text-slate-300">
        Cleaning up {describeTarget(result.target)}: {plural(result.items.length, "item")} in{" "}
        {result.context.region ?? "no region"}
      </p>
      <FlowSummary
        flow={flow}
        connection={connection}
        actions={
          canRetry && (
            <Button
              variant="primary"
              onClick={onRetry}
              disabled={retrying}
              data-testid="cleanup-retry"
            >
              {retrying
                ? "Retrying…"
                : flow.state === "failed"
                  ? "Retry from the failed step"
                  : `Continue from the ${flow.state} step`}
            </Button>
          )
        }
      />
      {result.keptByChoice.length > 0 && (
        <details className="mb-3 text-sm text-amber-200" data-testid="cleanup-kept-by-choice">
          <summary className="cursor-pointer">
            {plural(result.keptByChoice.length, "item")} stay because of what was unticked
          </summary>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {result.keptByChoice.map((k) => (
              <li key={k.id}>
                {describeItem(k)}: {k.because}
              </li>
            ))}
          </ul>
        </details>
      )}
      <FlowSteps flow={flow} />
    </>
  );
}
