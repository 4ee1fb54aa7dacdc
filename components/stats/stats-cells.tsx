"use client";

import { useContainerStats } from "@/lib/client/live-stats";
import { formatCpu, formatMemory } from "./format";

// The CPU and Memory cells of one row of the containers list; the table asks the
// live stream for the running rows' stats (useWatchStats).

const CELL = "px-3 py-2 font-mono text-xs tabular-nums text-slate-300 whitespace-nowrap";

export function StatsCells({ id, running }: { id: string; running: boolean }) {
  const stats = useContainerStats(id);
  const latest = running && !stats?.ended ? stats?.samples.at(-1) : undefined;
  return (
    <>
      <td className={CELL} data-testid="container-cpu">
        {latest ? formatCpu(latest.cpuPercent) : "—"}
      </td>
      <td className={CELL} data-testid="container-memory">
        {latest ? formatMemory(latest.memoryUsed, latest.memoryLimit) : "—"}
      </td>
    </>
  );
}
