import type { LayerProgressLine, LayerTotalLine } from "@/lib/docker/progress-lines";

// Adds up the engine's per-layer pull or push messages into one total. Pure, so it is
// tested with the engine's real message sequences and the pages reuse it.
//
// Pull: a layer goes "Pulling fs layer" -> "Waiting" -> "Downloading" (bytes) ->
// "Verifying Checksum" -> "Download complete" -> "Extracting" (bytes) -> "Pull
// complete", or straight to "Already exists".
// Push: "Preparing" -> "Waiting" -> "Pushing" (bytes) -> "Pushed", or straight to
// "Layer already exists" or "Mounted from <repository>".
// Messages that are not about a layer ("Pulling from team/app" with the tag as id,
// "Digest: ...", "v1: digest: ... size: ...") are not counted.

export type LayerOperation = "pull" | "push";

const LAYER_ID = /^[0-9a-f]{12}$/;
const VOCABULARY = {
  pull: {
    moving: "Downloading",
    finished: /^(Pull complete|Already exists)$/,
    // Extracting reports bytes of the extraction, not of the transfer.
    transferred: /^(Verifying Checksum|Download complete|Extracting)$/,
  },
  push: {
    moving: "Pushing",
    finished: /^(Pushed|Layer already exists|Mounted from .+)$/,
    transferred: null,
  },
} as const;

interface LayerState {
  size?: number;
  transferred: number;
  done: boolean;
}

export function isLayerLine(line: LayerProgressLine): line is LayerProgressLine & { id: string } {
  return line.id !== undefined && LAYER_ID.test(line.id) && !line.status.startsWith("Pulling from");
}

/** Whether a layer's last status says it is in place (pulled, pushed or there already). */
export function isLayerDone(status: string): boolean {
  return VOCABULARY.pull.finished.test(status) || VOCABULARY.push.finished.test(status);
}

export class LayerTotals {
  private readonly layers = new Map<string, LayerState>();

  constructor(private readonly operation: LayerOperation) {}

  /** Takes one progress line; returns the new total when the line was about a layer. */
  read(line: LayerProgressLine): LayerTotalLine | null {
    if (!isLayerLine(line)) return null;
    const words = VOCABULARY[this.operation];
    const layer = this.layers.get(line.id) ?? { transferred: 0, done: false };
    this.layers.set(line.id, layer);
    if (line.status === words.moving) {
      if (line.total !== undefined) layer.size = line.total;
      if (line.current !== undefined) layer.transferred = line.current;
    } else if (words.transferred?.test(line.status) && layer.size !== undefined) {
      layer.transferred = layer.size;
    }
    if (words.finished.test(line.status)) {
      layer.done = true;
      if (layer.size !== undefined) layer.transferred = layer.size;
    }
    return this.total();
  }

  total(): LayerTotalLine {
    let current = 0;
    let total = 0;
    let layersDone = 0;
    for (const layer of this.layers.values()) {
      if (layer.done) layersDone += 1;
      if (layer.size === undefined) continue;
      total += layer.size;
      current += Math.min(layer.transferred, layer.size);
    }
    return { type: "total", current, total, layers: this.layers.size, layersDone };
  }
}
