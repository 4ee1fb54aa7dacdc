// The engine reports a push as many progress messages a second, per layer. A ship's
// output keeps one line each time a layer changes state ("Preparing", "Pushing",
// "Pushed", "Layer already exists"), not each byte count; the totals go to the
// step's detail. Pure.

export interface PushProgress {
  type: string;
  status?: string;
  id?: string;
  current?: number;
  total?: number;
  layers?: number;
  layersDone?: number;
}

export class PushSummary {
  private readonly states = new Map<string, string>();

  /** The output line this progress line is worth, or null when it only moves bytes. */
  line(progress: PushProgress): string | null {
    if (progress.type !== "progress" || !progress.status) return null;
    const { id, status } = progress;
    if (!id) return status;
    if (this.states.get(id) === status) return null;
    this.states.set(id, status);
    return `${id}: ${status}`;
  }
}

/** "3 of 5 layers, 12.5 of 40.2 MB" from a totals line; null for other lines. */
export function pushTotals(progress: PushProgress): Record<string, number> | null {
  if (progress.type !== "total") return null;
  return {
    layers: progress.layers ?? 0,
    layersDone: progress.layersDone ?? 0,
    bytesPushed: progress.current ?? 0,
    bytesTotal: progress.total ?? 0,
  };
}
