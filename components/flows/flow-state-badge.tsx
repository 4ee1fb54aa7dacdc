import type { FlowState, StepState } from "@/lib/flows/types";

const TONES: Record<FlowState | StepState, string> = {
  pending: "border-slate-700 bg-slate-900 text-slate-400",
  running: "border-sky-800 bg-sky-950/60 text-sky-200",
  succeeded: "border-emerald-800 bg-emerald-950/60 text-emerald-200",
  failed: "border-rose-800 bg-rose-950/60 text-rose-200",
  skipped: "border-slate-700 bg-slate-900 text-slate-400",
  interrupted: "border-amber-800 bg-amber-950/60 text-amber-200",
  cancelled: "border-amber-800 bg-amber-950/60 text-amber-200",
};

export function FlowStateBadge({
  state,
  testId,
}: {
  state: FlowState | StepState;
  testId?: string;
}) {
  return (
    <span
      data-testid={testId}
      data-state={state}
      className={`inline-block rounded border px-1.5 py-0.5 text-[11px] font-medium ${TONES[state]}`}
    >
      {state}
    </span>
  );
}
