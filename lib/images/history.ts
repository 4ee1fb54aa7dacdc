import type { ImageHistoryStep } from "@/lib/images/types";

// The engine's history API says neither which Dockerfile instruction a step was nor
// whether it made a filesystem layer (the image config's `empty_layer` is not exposed).
// Both are worked out here: metadata instructions never make a layer, RUN/COPY/ADD
// always do, and the rest (WORKDIR, imports) are settled by counting against RootFS.
// When the count cannot settle them, steps are not matched to layer ids.

export interface EngineHistoryEntry {
  Id: string;
  Created: number;
  CreatedBy: string;
  Tags: string[] | null;
  Size: number;
  Comment: string;
}

const METADATA = new Set([
  "ARG",
  "CMD",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
]);
const FILESYSTEM = new Set(["RUN", "COPY", "ADD"]);
const KNOWN = new Set([...METADATA, ...FILESYSTEM, "WORKDIR", "FROM"]);
const CLASSIC_NOP = /^\/bin\/sh -c #\(nop\)\s*/;

type LayerKind = "layer" | "empty" | "unsure";

/** RUN, COPY, ENV...: the classic builder writes `/bin/sh -c #(nop) ENV ...` or a bare
 * shell command for RUN; BuildKit writes the instruction itself. */
export function historyInstruction(createdBy: string): string | null {
  const text = createdBy.trim();
  if (text === "") return null;
  const word = text.replace(CLASSIC_NOP, "").split(/\s+/, 1)[0] ?? "";
  if (KNOWN.has(word)) return word;
  return CLASSIC_NOP.test(text) ? null : "RUN";
}

/** The step as a Dockerfile line: `ENV A=b`, `RUN make`, without the builder's wrapping. */
export function historyStepText(createdBy: string): string {
  const text = createdBy.trim();
  if (CLASSIC_NOP.test(text)) return text.replace(CLASSIC_NOP, "").trim();
  if (text.startsWith("/bin/sh -c ")) return `RUN ${text.slice("/bin/sh -c ".length)}`;
  return text.replace(/\s+# buildkit$/, "");
}

function layerKind(instruction: string | null, size: number): LayerKind {
  if (size > 0 || (instruction && FILESYSTEM.has(instruction))) return "layer";
  if (instruction && METADATA.has(instruction)) return "empty";
  return "unsure";
}

/** History newest first (as the engine gives it), each step marked and, when the
 * counts agree, matched to the layer it made. `layers` is RootFS, base first. */
export function toHistorySteps(
  entries: readonly EngineHistoryEntry[],
  layers: readonly string[],
): ImageHistoryStep[] {
  const instructions = entries.map((entry) => historyInstruction(entry.CreatedBy));
  const kinds = entries.map((entry, i) => layerKind(instructions[i] ?? null, entry.Size));
  const unsureMakesLayer = settleUnsure(kinds, layers.length);
  const makesLayer = kinds.map(
    (kind) => kind === "layer" || (kind === "unsure" && unsureMakesLayer === true),
  );
  const layerOf = unsureMakesLayer === null ? [] : matchLayers(makesLayer, layers);

  return entries.map((entry, i) => ({
    id: entry.Id && entry.Id !== "<missing>" ? entry.Id : null,
    created: new Date(entry.Created * 1000).toISOString(),
    createdBy: entry.CreatedBy,
    instruction: instructions[i] ?? null,
    size: entry.Size,
    emptyLayer: !makesLayer[i],
    layer: layerOf[i] ?? null,
    comment: entry.Comment,
    tags: (entry.Tags ?? []).filter((tag) => tag !== "<none>:<none>"),
  }));
}

/** Whether the unsure steps made layers, when the layer count says so; else null. */
function settleUnsure(kinds: readonly LayerKind[], layerCount: number): boolean | null {
  const sure = kinds.filter((kind) => kind === "layer").length;
  const unsure = kinds.filter((kind) => kind === "unsure").length;
  if (sure + unsure === layerCount) return true;
  if (sure === layerCount) return false;
  return null;
}

/** Walks the steps base first, handing each layer-making step the next layer id. */
function matchLayers(makesLayer: readonly boolean[], layers: readonly string[]): string[] {
  const result: string[] = [];
  let next = 0;
  for (let i = makesLayer.length - 1; i >= 0; i -= 1) {
    if (!makesLayer[i]) continue;
    result[i] = layers[next] ?? "";
    next += 1;
  }
  return result;
}
