"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { formatBytes } from "@/lib/format/bytes";
import { count } from "@/lib/format/count";
import type { PrunePlan, PruneResult } from "@/lib/prune/types";
import {
  INITIAL_FORM,
  PruneForm,
  type PruneFormState,
  parseLabelFilters,
  toFilters,
} from "./prune-form";
import { PruneItems } from "./prune-items";
import { previewPrune, runPrune } from "./queries";

type Step =
  | { name: "form" }
  | { name: "preview"; plan: PrunePlan }
  | { name: "result"; result: PruneResult };

/**
 * Prune in three steps: choose, see exactly what would go and what it frees, then
 * remove exactly that. The run names the preview's plan, so nothing else is removed.
 */
export function PruneDialog({ onClose, onPruned }: { onClose: () => void; onPruned: () => void }) {
  const [form, setForm] = useState<PruneFormState>(INITIAL_FORM);
  const [step, setStep] = useState<Step>({ name: "form" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const act = async (work: () => Promise<Step>) => {
    setBusy(true);
    setError(null);
    try {
      setStep(await work());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const preview = () =>
    act(async () => ({ name: "preview", plan: await previewPrune(toFilters(form)) }));
  const run = (plan: PrunePlan) =>
    act(async () => {
      const result = await runPrune(plan.planId);
      onPruned();
      return { name: "result", result };
    });
  const formOk = form.kinds.length > 0 && parseLabelFilters(form.labelText).bad.length === 0;

  return (
    <Dialog open wide title="Prune" onClose={onClose}>
      <div className="space-y-4 text-sm" data-testid="prune-dialog">
        {step.name === "form" && <PruneForm form={form} onChange={setForm} />}
        {step.name === "preview" && <PreviewStep plan={step.plan} />}
        {step.name === "result" && <ResultStep result={step.result} />}
        <ErrorNotice error={error} action={step.name === "form" ? "preview the prune" : "prune"} />
        {step.name === "result" ? (
          <div className="flex justify-end">
            <Button variant="primary" onClick={onClose} data-testid="prune-done">
              Done
            </Button>
          </div>
        ) : (
          <DialogActions onCancel={onClose}>
            {step.name === "form" && (
              <Button
                variant="primary"
                onClick={preview}
                disabled={busy || !formOk}
                data-testid="prune-preview"
              >
                {busy ? "Working out…" : "Preview"}
              </Button>
            )}
            {step.name === "preview" && (
              <>
                <Button
                  onClick={() => setStep({ name: "form" })}
                  disabled={busy}
                  data-testid="prune-back"
                >
                  Back
                </Button>
                <Button
                  variant="danger"
                  onClick={() => run(step.plan)}
                  disabled={busy || step.plan.items.length === 0}
                  data-testid="prune-run"
                >
                  {busy ? "Removing…" : `Remove ${count(step.plan.total.count, "item")}`}
                </Button>
              </>
            )}
          </DialogActions>
        )}
      </div>
    </Dialog>
  );
}

function PreviewStep({ plan }: { plan: PrunePlan }) {
  return (
    <div className="space-y-3">
      <p data-testid="prune-preview-total">
        {plan.total.count === 0
          ? "Nothing matches: nothing would be removed."
          : `${count(plan.total.count, "item")} would be removed, ` +
            `freeing ${formatBytes(plan.total.size)}.`}
      </p>
      {plan.notes.map((note) => (
        <p key={note} className="text-amber-200">
          {note}
        </p>
      ))}
      {plan.items.length > 0 && <PruneItems items={plan.items} testId="prune-preview-items" />}
    </div>
  );
}

function ResultStep({ result }: { result: PruneResult }) {
  return (
    <div className="space-y-3">
      <p className="text-emerald-300" data-testid="prune-result-total">
        Removed {count(result.removed.length, "item")}, freeing {formatBytes(result.spaceFreed)}.
      </p>
      <PruneItems items={result.removed} testId="prune-removed-items" />
      {result.skipped.length > 0 && (
        <>
          <p className="text-amber-200" data-testid="prune-skipped-total">
            Left {count(result.skipped.length, "item")}:
          </p>
          <PruneItems items={result.skipped} testId="prune-skipped-items" />
        </>
      )}
    </div>
  );
}
