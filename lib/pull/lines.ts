// The NDJSON lines of POST /api/docker/images/pull, as the page reads them. No Node
// imports: the browser uses these types too.

/** One layer's latest state; the engine's status words are kept as they are. */
export type LayerProgressLine = {
  type: "progress";
  id?: string;
  status: string;
  current?: number;
  total?: number;
};

/** The whole pull so far: bytes of the layers whose size is known, and layer counts. */
export type PullTotalLine = {
  type: "total";
  current: number;
  total: number;
  layers: number;
  layersDone: number;
};

export type PullLine =
  | LayerProgressLine
  | PullTotalLine
  | { type: "done"; imageId: string; reference: string; digest?: string }
  | { type: "failure"; code: string; message: string };
