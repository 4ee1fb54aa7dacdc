"use client";

import { Facts } from "@/components/ui/facts";
import { useContainerStats, useWatchStats } from "@/lib/client/live-stats";
import { formatBytes } from "@/lib/format/bytes";
import { formatCpu, formatMemory } from "./format";
import { niceBytesCeil, niceCeil } from "./scale";
import { StatsChart } from "./stats-chart";

// A container's live resource use: charts of CPU and memory over the last minutes
// and the current network and block I/O, from the tab's live stream.

export function StatsPanel({ id, running }: { id: string; running: boolean }) {
  useWatchStats(running ? [id] : []);
  const stats = useContainerStats(id);
  const samples = stats?.samples ?? [];
  const latest = samples.at(-1);

  if (!running) {
    return <p className="text-sm text-slate-400">The container is not running: no stats.</p>;
  }
  return (
    <section className="space-y-4" data-testid="stats-section">
      {stats?.ended?.kind === "failure" && (
        <p role="alert" className="text-sm text-red-300" data-testid="stats-failure">
          Stats stopped: {stats.ended.message}
        </p>
      )}
      {!latest && <p className="text-sm text-slate-400">Waiting for the first sample…</p>}
      {latest && (
        <Facts
          testId="stats-facts"
          rows={[
            [
              "CPU",
              <span key="cpu" data-testid="stats-cpu">
                {formatCpu(latest.cpuPercent)}
              </span>,
            ],
            ["Memory", formatMemory(latest.memoryUsed, latest.memoryLimit)],
            ["Network in / out", pair(latest.networkRx, latest.networkTx)],
            ["Block read / write", pair(latest.blockRead, latest.blockWrite)],
            ["Processes", latest.pids === null ? "—" : String(latest.pids)],
          ]}
        />
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <StatsChart
          samples={samples}
          value={(s) => s.cpuPercent}
          floor={100}
          round={niceCeil}
          format={(v) => `${Number(v.toFixed(1))}%`}
          label="CPU % (100% is one CPU busy)"
          color="#38bdf8"
          testId="stats-chart-cpu"
        />
        <StatsChart
          samples={samples}
          value={(s) => s.memoryUsed}
          floor={1024 * 1024}
          round={niceBytesCeil}
          format={(v) => (v === 0 ? "0" : formatBytes(v))}
          label="Memory used"
          color="#a78bfa"
          testId="stats-chart-memory"
        />
      </div>
    </section>
  );
}

const pair = (a: number, b: number) => `${formatBytes(a)} / ${formatBytes(b)}`;
