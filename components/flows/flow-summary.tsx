"use client";

import type { ReactNode } from "react";
import type { Flow } from "@/lib/flows/types";
import { duration } from "@/lib/format/time";
import { FlowStateBadge } from "./flow-state-badge";
import { useTicker } from "./flow-steps";
import type { FlowConnection } from "./use-flow";

/** A flow's overall state, timing and failure, with the caller's actions (cancel, retry). */
export function FlowSummary({
  flow,
  connection,
  actions,
}: {
  flow: Flow;
  connection: FlowConnection;
  actions?: ReactNode;
}) {
  const now = useTicker(flow.state === "running");
  const end = flow.endedAt ? Date.parse(flow.endedAt) : now;
  const done = flow.steps.filter((s) => s.state === "succeeded" || s.state === "skipped").length;
  return (
    <div
      className="mb-3 rounded-md border border-slate-800 bg-slate-900 p-3"
      data-testid="flow-summary"
    >
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <FlowStateBadge state={flow.state} testId="flow-state" />
        <span className="text-slate-300">
          {done} of {flow.steps.length} steps done · {duration(end - Date.parse(flow.createdAt))}
          {flow.attempts > 1 && ` · attempt ${flow.attempts}`}
        </span>
        {connection === "reconnecting" && (
          <span className="text-xs text-amber-300">connection lost, reconnecting…</span>
        )}
        {actions && <span className="ml-auto flex gap-2">{actions}</span>}
      </div>
      {flow.failure && (
        <p className="mt-2 text-sm text-rose-300" data-testid="flow-failure">
          {flow.failure.message}
        </p>
      )}
    </div>
  );
}
