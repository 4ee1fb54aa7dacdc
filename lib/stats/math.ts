import type { StatsSample } from "@/lib/stats/types";

// The engine's stats document (GET /containers/{id}/stats), only the fields read
// here. cgroup v1 and v2 hosts fill different memory fields, and older engines leave
// online_cpus out; every field may be missing.

interface EngineCpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] | null };
  system_cpu_usage?: number;
  online_cpus?: number;
}

interface EngineBlkioEntry {
  op?: string;
  value?: number;
}

export interface EngineStats {
  read?: string;
  pids_stats?: { current?: number };
  cpu_stats?: EngineCpuStats;
  precpu_stats?: EngineCpuStats;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }> | null;
  blkio_stats?: { io_service_bytes_recursive?: EngineBlkioEntry[] | null };
}

/** CPU percent as the docker CLI computes it: share of the host's time, times CPUs. */
export function cpuPercent(stats: EngineStats): number | null {
  const now = stats.cpu_stats;
  const before = stats.precpu_stats;
  // The first sample of a stream has no previous reading to compare with.
  if (!now?.system_cpu_usage || !before?.system_cpu_usage) return null;
  const cpuDelta = (now.cpu_usage?.total_usage ?? 0) - (before.cpu_usage?.total_usage ?? 0);
  const systemDelta = now.system_cpu_usage - before.system_cpu_usage;
  if (systemDelta <= 0 || cpuDelta < 0) return 0;
  const cpus = now.online_cpus || now.cpu_usage?.percpu_usage?.length || 1;
  return (cpuDelta / systemDelta) * cpus * 100;
}

/** Memory in use without reclaimable cache, as the docker CLI shows it. */
export function memoryUsed(stats: EngineStats): number {
  const memory = stats.memory_stats;
  const usage = memory?.usage ?? 0;
  const detail = memory?.stats ?? {};
  // cgroup v1 names it total_inactive_file (cache on old kernels); v2 inactive_file.
  const cache = detail.total_inactive_file ?? detail.inactive_file ?? detail.cache ?? 0;
  return cache < usage ? usage - cache : usage;
}

export function networkTotals(stats: EngineStats): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const network of Object.values(stats.networks ?? {})) {
    rx += network.rx_bytes ?? 0;
    tx += network.tx_bytes ?? 0;
  }
  return { rx, tx };
}

/** Bytes read and written on block devices; cgroup v2 engines spell ops in lower case. */
export function blockTotals(stats: EngineStats): { read: number; write: number } {
  let read = 0;
  let write = 0;
  for (const entry of stats.blkio_stats?.io_service_bytes_recursive ?? []) {
    const op = entry.op?.toLowerCase();
    if (op === "read") read += entry.value ?? 0;
    else if (op === "write") write += entry.value ?? 0;
  }
  return { read, write };
}

export function toStatsSample(stats: EngineStats, fallbackTime = Date.now()): StatsSample {
  const parsed = stats.read ? Date.parse(stats.read) : Number.NaN;
  const network = networkTotals(stats);
  const block = blockTotals(stats);
  return {
    time: Number.isFinite(parsed) && parsed > 0 ? parsed : fallbackTime,
    cpuPercent: cpuPercent(stats),
    memoryUsed: memoryUsed(stats),
    memoryLimit: stats.memory_stats?.limit ?? 0,
    networkRx: network.rx,
    networkTx: network.tx,
    blockRead: block.read,
    blockWrite: block.write,
    pids: stats.pids_stats?.current ?? null,
  };
}
