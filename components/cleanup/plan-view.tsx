"use client";

import { useMemo, useState } from "react";
import { PlanItemRow } from "@/components/cleanup/plan-item-row";
import { Button } from "@/components/ui/button";
import { selectForRun, summarize } from "@/lib/cleanup/selection";
import { CLEANUP_KINDS, type CleanupPlan, describeTarget, KIND_TITLES } from "@/lib/cleanup/types";
import { formatBytes } from "@/lib/format/bytes";
import { plural } from "@/lib/format/plural";

/**
 * A plan grouped by kind in run order: what goes (ticked), what stays and why.
 * Unticking an item holds back what waits for it, and says so.
 */
export function PlanView({
  plan,
  busy,
  onRun,
}: {
  plan: CleanupPlan;
  busy: boolean;
  onRun: (itemIds: string[]) => void;
}) {
  const removable = useMemo(
    () => plan.items.filter((i) => i.action === "remove").map((i) => i.id),
    [plan],
  );
  const [ticked, setTicked] = useState(() => new Set(removable));
  const selection = useMemo(() => selectForRun(plan.items, ticked), [plan, ticked]);
  const held = new Map(selection.keptByChoice.map((k) => [k.id, k.because]));
  const going = summarize(selection.run);
  const tick = (id: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
  };

  return (
    <section data-testid="cleanup-plan" data-plan-id={plan.id}>
      <div className="mb-3 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-300">
        <span className="font-medium text-white">Plan for {describeTarget(plan.target)}</span>
        <span data-testid="cleanup-plan-summary">
          {plural(plan.summary.remove, "item")} to remove, {plan.summary.keep} kept
          {plan.summary.bytes > 0 && `, frees ${formatBytes(plan.summary.bytes)} where known`}
        </span>
        <span className="text-xs text-slate-500">
          {plan.context.region ?? "no region"}
          {plan.context.profile ? ` · profile ${plan.context.profile}` : ""} · engine{" "}
          {plan.context.engine}
        </span>
      </div>
      {plan.notes.map((note) => (
        <p key={note} className="mb-2 text-sm text-amber-200" data-testid="cleanup-plan-note">
          {note}
        </p>
      ))}
      {plan.items.length === 0 && <p className="text-slate-400">Nothing to clean up.</p>}
      <div className="space-y-4">
        {CLEANUP_KINDS.map((kind) => {
          const group = plan.items.filter((i) => i.kind === kind);
          if (group.length === 0) return null;
          return (
            <div key={kind} data-testid={`cleanup-group-${kind}`}>
              <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">
                {KIND_TITLES[kind]} ({group.length})
              </h3>
              <ul className="divide-y divide-slate-800 rounded-md border border-slate-800 bg-slate-900/40">
                {group.map((item) => (
                  <PlanItemRow
                    key={item.id}
                    item={item}
                    ticked={ticked.has(item.id)}
                    heldBecause={held.get(item.id) ?? null}
                    onTick={(on) => tick(item.id, on)}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      {removable.length > 0 && (
        <div className="sticky bottom-0 mt-4 flex flex-wrap items-center gap-3 border-t border-slate-800 bg-slate-950 py-3">
          <Button
            variant="danger"
            disabled={busy || selection.run.length === 0}
            onClick={() => onRun(selection.run.map((i) => i.id))}
            data-testid="cleanup-run-submit"
          >
            {busy ? "Starting…" : `Remove ${plural(selection.run.length, "item")}`}
          </Button>
          <span className="text-sm text-slate-400">
            {going.bytes > 0 && `frees ${formatBytes(going.bytes)} where known; `}
            {selection.keptByChoice.length > 0 &&
              `${plural(selection.keptByChoice.length, "more item")} stay because of what you unticked`}
          </span>
        </div>
      )}
    </section>
  );
}
