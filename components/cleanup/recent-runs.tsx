"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { cleanupRunsKey } from "@/components/cleanup/api";
import { FlowStateBadge } from "@/components/flows/flow-state-badge";
import { ErrorNotice } from "@/components/ui/error-notice";
import type { CleanupRunResult } from "@/lib/cleanup/types";
import { getJson } from "@/lib/client/api";
import type { Flow } from "@/lib/flows/types";
import { plural } from "@/lib/format/plural";
import { ago } from "@/lib/format/time";

/** The latest cleanup runs: a run outlives its tab, and is found again here. */
export function RecentRuns() {
  const runs = useQuery({
    queryKey: cleanupRunsKey,
    queryFn: () => getJson<Flow[]>("/api/cleanup/runs"),
  });
  if (runs.error) return <ErrorNotice error={runs.error} action="list the cleanup runs" />;
  const list = (runs.data ?? []).slice(0, 8);
  if (list.length === 0) return null;
  return (
    <section className="mt-8" data-testid="cleanup-recent">
      <h2 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-400">
        Recent cleanups
      </h2>
      <ul className="divide-y divide-slate-800 rounded-md border border-slate-800 text-sm">
        {list.map((run) => (
          <li key={run.id} className="flex items-center gap-3 px-3 py-1.5">
            <FlowStateBadge state={run.state} />
            <Link
              href={`/cleanup?run=${encodeURIComponent(run.id)}`}
              className="min-w-0 flex-1 truncate text-sky-400 hover:underline"
            >
              {run.subject.target ?? run.id}
            </Link>
            <span className="text-xs text-slate-400" data-testid="cleanup-recent-items">
              {itemsOf(run)}
            </span>
            <span className="text-xs text-slate-500">{ago(Date.parse(run.createdAt))}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many items the run removed, or was to remove: runs of one target told apart. */
function itemsOf(run: Flow): string {
  const count = (run.result as unknown as Partial<CleanupRunResult>).items?.length ?? 0;
  return `${plural(count, "item")} ${run.state === "succeeded" ? "removed" : "to remove"}`;
}
