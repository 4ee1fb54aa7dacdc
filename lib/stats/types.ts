// One stats sample as the UI sees it; the mapper from the engine's document is
// toStatsSample (math.ts). Pure: the browser imports these types.

export interface StatsSample {
  /** Milliseconds since the epoch, from the engine's `read`. */
  time: number;
  /** Percent of one CPU (200 = two CPUs busy), as `docker stats` shows; null before a delta. */
  cpuPercent: number | null;
  /** Bytes in use, page cache that can be reclaimed left out. */
  memoryUsed: number;
  /** Bytes the container may use (the host's memory when unlimited). */
  memoryLimit: number;
  networkRx: number;
  networkTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number | null;
}

/** A container's stats stream ended: `failure` carries the reason. */
export type StatsEnd = { kind: "end" } | { kind: "failure"; code: string; message: string };
