import { useEffect, useSyncExternalStore } from "react";
import type { StatsEnd, StatsSample } from "@/lib/stats/types";

// The browser's store of container stats, fed by the tab's live stream
// (components/live/live-events.tsx). Components say which containers they show with
// useWatchStats; the live stream re-opens for the new set, and rows and charts read
// the samples with useContainerStats. A container's history is kept for the chart.

export const HISTORY_MS = 5 * 60_000;

export interface ContainerStats {
  samples: StatsSample[];
  /** Set when the container's stream ended; cleared by the next sample. */
  ended: StatsEnd | null;
}

const entries = new Map<string, ContainerStats>();
const watchCounts = new Map<string, number>();
const statsListeners = new Set<() => void>();
const watchListeners = new Set<() => void>();

const notify = (listeners: Set<() => void>) => {
  for (const listener of listeners) listener();
};

export function recordSample(id: string, sample: StatsSample): void {
  const previous = entries.get(id)?.samples ?? [];
  const last = previous[previous.length - 1];
  // A re-opened stream repeats the sample the hub last had.
  if (last && sample.time <= last.time) return;
  const oldest = sample.time - HISTORY_MS;
  const samples = [...previous.filter((s) => s.time >= oldest), sample];
  entries.set(id, { samples, ended: null });
  notify(statsListeners);
}

export function recordEnd(id: string, end: StatsEnd): void {
  entries.set(id, { samples: entries.get(id)?.samples ?? [], ended: end });
  notify(statsListeners);
}

/** The containers some component shows now, sorted, so equal sets compare equal. */
export function watchedIds(): string[] {
  return [...watchCounts.keys()].sort();
}

export function isWatched(id: string): boolean {
  return watchCounts.has(id);
}

export function watchStats(ids: readonly string[]): () => void {
  for (const id of ids) watchCounts.set(id, (watchCounts.get(id) ?? 0) + 1);
  notify(watchListeners);
  return () => {
    for (const id of ids) {
      const count = (watchCounts.get(id) ?? 1) - 1;
      if (count > 0) watchCounts.set(id, count);
      else watchCounts.delete(id);
    }
    notify(watchListeners);
  };
}

export function onWatchChange(listener: () => void): () => void {
  watchListeners.add(listener);
  return () => watchListeners.delete(listener);
}

function subscribeStats(listener: () => void): () => void {
  statsListeners.add(listener);
  return () => statsListeners.delete(listener);
}

export function statsOf(id: string): ContainerStats | undefined {
  return entries.get(id);
}

export function useContainerStats(id: string): ContainerStats | undefined {
  return useSyncExternalStore(
    subscribeStats,
    () => statsOf(id),
    () => undefined,
  );
}

/** Asks the live stream for these containers' stats while the component is shown. */
export function useWatchStats(ids: readonly string[]): void {
  const key = [...ids].sort().join(",");
  useEffect(() => (key ? watchStats(key.split(",")) : undefined), [key]);
}
