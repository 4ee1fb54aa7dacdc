// The lines of Slipway's NDJSON progress streams (build, pull, push), as the page
// reads them. No Node imports: the browser uses these types too.

/** One layer's latest state (or a status line); the engine's status words kept as they are. */
export type LayerProgressLine = {
  type: "progress";
  id?: string;
  status: string;
  current?: number;
  total?: number;
};

/** A whole pull or push so far: bytes of the layers whose size is known, and layer counts. */
export type LayerTotalLine = {
  type: "total";
  current: number;
  total: number;
  layers: number;
  layersDone: number;
};

export type ProgressLine =
  | { type: "step"; step: string; index: number; total: number; instruction: string }
  | { type: "log"; text: string }
  | LayerProgressLine
  | { type: "done"; imageId?: string; digest?: string; tag?: string }
  | { type: "failure"; code: string; message: string; step?: string };
