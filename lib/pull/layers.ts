import type { LayerProgressLine, PullTotalLine } from "@/lib/pull/lines";

// Adds up the engine's per-layer pull messages into one total. Pure, so it is tested
// with the engine's real message sequences and the page can reuse it.
//
// A layer goes "Pulling fs layer" -> "Waiting" -> "Downloading" (bytes) ->
// "Verifying Checksum" -> "Download complete" -> "Extracting" (bytes) ->
// "Pull complete", or straight to "Already exists". Messages that are not about a
// layer ("Pulling from team/app" with the tag as id, "Digest: ...") are not counted.

const LAYER_ID = /^[0-9a-f]{12}$/;
const FINISHED = new Set(["Pull complete", "Already exists"]);
const DOWNLOADED = new Set(["Verifying Checksum", "Download complete", "Extracting"]);

interface LayerState {
  size?: number;
  downloaded: number;
  done: boolean;
}

export function isLayerLine(line: LayerProgressLine): line is LayerProgressLine & { id: string } {
  return line.id !== undefined && LAYER_ID.test(line.id) && !line.status.startsWith("Pulling from");
}

export class PullTotals {
  private readonly layers = new Map<string, LayerState>();

  /** Takes one progress line; returns the new total when the line was about a layer. */
  read(line: LayerProgressLine): PullTotalLine | null {
    if (!isLayerLine(line)) return null;
    const layer = this.layers.get(line.id) ?? { downloaded: 0, done: false };
    this.layers.set(line.id, layer);
    if (line.status === "Downloading") {
      if (line.total !== undefined) layer.size = line.total;
      if (line.current !== undefined) layer.downloaded = line.current;
    } else if (DOWNLOADED.has(line.status) && layer.size !== undefined) {
      layer.downloaded = layer.size;
    }
    if (FINISHED.has(line.status)) {
      layer.done = true;
      if (layer.size !== undefined) layer.downloaded = layer.size;
    }
    return this.total();
  }

  total(): PullTotalLine {
    let current = 0;
    let total = 0;
    let layersDone = 0;
    for (const layer of this.layers.values()) {
      if (layer.done) layersDone += 1;
      if (layer.size === undefined) continue;
      total += layer.size;
      current += Math.min(layer.downloaded, layer.size);
    }
    return { type: "total", current, total, layers: this.layers.size, layersDone };
  }
}

/** The digest the engine names in its "Digest: sha256:..." line. */
export function digestOf(status: string): string | undefined {
  return /^Digest: (sha256:[0-9a-f]{64})$/.exec(status.trim())?.[1];
}
