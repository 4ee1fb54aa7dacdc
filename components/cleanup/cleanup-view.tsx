"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { planCleanup, startCleanupRun } from "@/components/cleanup/api";
import { PlanView } from "@/components/cleanup/plan-view";
import { RecentRuns } from "@/components/cleanup/recent-runs";
import { RunView } from "@/components/cleanup/run-view";
import { type TargetDefaults, TargetForm } from "@/components/cleanup/target-form";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import type { CleanupPlan } from "@/lib/cleanup/types";

/**
 * The Cleanup page: choose a target, read the plan (nothing changes until Run), run
 * the ticked items and watch each step. A run lives on the server: /cleanup?run=<id>
 * shows it again after a reload or a closed tab.
 */
export function CleanupView({
  defaults,
  runId,
}: {
  defaults: TargetDefaults;
  runId: string | null;
}) {
  const router = useRouter();
  const [plan, setPlan] = useState<CleanupPlan | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ error: unknown; action: string } | null>(null);

  const attempt = async (action: string, work: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError({ error: e, action });
    } finally {
      setBusy(false);
    }
  };
  const makePlan = (body: Record<string, unknown>) =>
    attempt("plan the cleanup", async () => {
      setPlan(null);
      setPlan(await planCleanup(body));
    });
  const run = (itemIds: string[]) =>
    attempt("start the cleanup", async () => {
      if (!plan) return;
      const { id } = await startCleanupRun(plan.id, itemIds);
      router.push(`/cleanup?run=${encodeURIComponent(id)}`);
    });

  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Clean up"
        subtitle="Everything an app left behind, in AWS and locally, removed in the order AWS allows"
        actions={
          runId && (
            <Link
              href="/cleanup"
              className="text-sm text-sky-400 hover:underline"
              data-testid="cleanup-new"
            >
              Plan another cleanup
            </Link>
          )
        }
      />
      {error && <ErrorNotice error={error.error} action={error.action} />}
      {runId ? (
        <RunView runId={runId} />
      ) : (
        <>
          <TargetForm defaults={defaults} busy={busy} onPlan={makePlan} />
          {plan && <PlanView key={plan.id} plan={plan} busy={busy} onRun={run} />}
          <RecentRuns />
        </>
      )}
    </div>
  );
}
