import { describe, expect, it } from "vitest";
import {
  HISTORY_MS,
  onWatchChange,
  recordEnd,
  recordSample,
  statsOf,
  watchedIds,
  watchStats,
} from "@/lib/client/live-stats";
import type { StatsSample } from "@/lib/stats/types";

const sample = (time: number): StatsSample => ({
  time,
  cpuPercent: 1,
  memoryUsed: 1,
  memoryLimit: 2,
  networkRx: 0,
  networkTx: 0,
  blockRead: 0,
  blockWrite: 0,
  pids: 1,
});

describe("live stats store", () => {
  it("counts watchers per container and tells of changes", () => {
    let changes = 0;
    const stop = onWatchChange(() => changes++);
    const leaveList = watchStats(["b", "a"]);
    const leavePage = watchStats(["a"]);
    expect(watchedIds()).toEqual(["a", "b"]);
    leaveList();
    expect(watchedIds()).toEqual(["a"]);
    leavePage();
    expect(watchedIds()).toEqual([]);
    expect(changes).toBe(4);
    stop();
  });

  it("records samples in order, skips repeats and forgets what is older than the history", () => {
    recordSample("h", sample(1_000));
    recordSample("h", sample(1_000));
    recordSample("h", sample(1_500));
    recordSample("h", sample(500));
    expect(statsOf("h")?.samples.map((s) => s.time)).toEqual([1_000, 1_500]);
    recordSample("h", sample(1_200 + HISTORY_MS));
    expect(statsOf("h")?.samples.map((s) => s.time)).toEqual([1_500, 1_200 + HISTORY_MS]);
    recordEnd("h", { kind: "end" });
    expect(statsOf("h")?.ended).toEqual({ kind: "end" });
    expect(statsOf("h")?.samples).toHaveLength(2);
  });
});
