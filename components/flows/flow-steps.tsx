"use client";

import { type ReactNode, useEffect, useState } from "react";
import type { Flow, FlowStep } from "@/lib/flows/types";
import { duration } from "@/lib/format/time";
import { FlowStateBadge } from "./flow-state-badge";
import { StepOutput } from "./step-output";

/**
 * A flow's steps with their state, duration, output and error, live. A caller shows
 * a step's detail its own way (a rollout view, layer bars) through `renderDetail`;
 * without it, simple detail values are listed.
 */
export function FlowSteps({
  flow,
  renderDetail,
}: {
  flow: Flow;
  renderDetail?: (step: FlowStep) => ReactNode | undefined;
}) {
  const now = useTicker(flow.state === "running");
  return (
    <ol className="space-y-2" data-testid="flow-steps">
      {flow.steps.map((step, index) => (
        <li
          key={step.id}
          data-testid={`flow-step-${step.id}`}
          data-state={step.state}
          className="rounded-md border border-slate-800 bg-slate-900/60 p-3"
        >
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="w-5 text-right text-slate-500">{index + 1}.</span>
            <span className="font-medium text-slate-100">{step.title}</span>
            <FlowStateBadge state={step.state} testId={`flow-step-state-${step.id}`} />
            <span className="ml-auto text-xs text-slate-500">{stepTime(step, now)}</span>
          </div>
          {step.error && (
            <p className="mt-2 whitespace-pre-wrap break-words text-sm text-rose-300">
              {step.error.message}
            </p>
          )}
          {renderDetail?.(step) ?? <SimpleDetail detail={step.detail} />}
          <StepOutput lines={step.output} open={step.state === "running" || !!step.error} />
        </li>
      ))}
    </ol>
  );
}

function stepTime(step: FlowStep, now: number): string {
  if (!step.startedAt) return "";
  const end = step.endedAt ? Date.parse(step.endedAt) : now;
  return duration(end - Date.parse(step.startedAt));
}

/** The current time, once a second while `running`. */
export function useTicker(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

function SimpleDetail({ detail }: { detail: Record<string, unknown> }) {
  const rows = Object.entries(detail).filter(
    ([, value]) => typeof value === "string" || typeof value === "number",
  );
  if (rows.length === 0) return null;
  return (
    <dl className="mt-2 grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-xs">
      {rows.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-slate-500">{key}</dt>
          <dd className="min-w-0 break-all font-mono text-slate-300">{String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
