import { formatBytes } from "@/lib/format/bytes";

export function formatCpu(percent: number | null | undefined): string {
  if (percent === null || percent === undefined) return "—";
  return `${percent.toFixed(percent < 10 ? 1 : 0)}%`;
}

/** "12 MB / 1.9 GB"; no limit figure when the engine reports none. */
export function formatMemory(used: number, limit: number): string {
  return limit > 0 ? `${formatBytes(used)} / ${formatBytes(limit)}` : formatBytes(used);
}
