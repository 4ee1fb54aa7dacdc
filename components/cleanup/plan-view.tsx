"use client";

import { useMemo, useState } from "react";
import { PlanItemRow } from "@/components/cleanup/plan-item-row";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { selectForRun, summarize } from "@/lib/cleanup/selection";
import {
  CLEANUP_KINDS,
  type CleanupPlan,
  type CleanupSummary,
  describeTarget,
  KIND_TITLES,
  KIND_WORDS,
} from "@/lib/cleanup/types";
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
  onRun: (itemIds: string[]) => Promise<void>;
}) {
  const removable = useMemo(
    () => plan.items.filter((i) => i.action === "remove").map((i) => i.id),
    [plan],
  );
  const [ticked, setTicked] = useState(() => new Set(removable));
  const selection = useMemo(() => selectForRun(plan.items, ticked), [plan, ticked]);
  const held = new Map(selection.keptByChoice.map((k) => [k.id, k.because]));
  const going = summarize(selection.run);
  const [confirming, setConfirming] = useState(false);
  const footer = [
    going.bytes > 0 ? `frees ${formatBytes(going.bytes)} where known` : null,
    selection.keptByChoice.length > 0
      ? `${plural(selection.keptByChoice.length, "more item")} ${selection.keptByChoice.length === 1 ? "stays" : "stay"} because of what you unticked`
      : null,
  ].filter(Boolean);
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
          {plural(selection.run.length, "item")} to remove,{" "}
          {plan.items.length - selection.run.length} kept
          {selection.run.length < plan.summary.remove &&
            ` (${selection.run.length} ticked of ${plan.summary.remove} the plan would remove)`}
          {going.bytes > 0 && `, frees ${formatBytes(going.bytes)} where known`}
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
            onClick={() => setConfirming(true)}
            data-testid="cleanup-run-submit"
          >
            {busy ? "Starting…" : `Remove ${plural(selection.run.length, "item")}`}
          </Button>
          <span className="text-sm text-slate-400" data-testid="cleanup-run-footer">
            {footer.join("; ")}
          </span>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Remove ${plural(selection.run.length, "item")}?`}
        body={
          <p data-testid="cleanup-confirm-body">
            This removes {removalWords(going)}, in the plan's order. It cannot be undone.
          </p>
        }
        confirmLabel={`Remove ${plural(selection.run.length, "item")}`}
        onConfirm={() => onRun(selection.run.map((i) => i.id))}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}

/** "1 service, 2 task definition revisions and 1 cluster", in run order. */
function removalWords(summary: CleanupSummary): string {
  const parts = CLEANUP_KINDS.flatMap((kind) => {
    const count = summary.byKind[kind]?.remove ?? 0;
    return count > 0 ? [plural(count, KIND_WORDS[kind])] : [];
  });
  if (parts.length < 2) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
