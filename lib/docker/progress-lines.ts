// The lines of Slipway's NDJSON progress streams (build, pull, push), as the page
// reads them. No Node imports: the browser uses these types too.

export type ProgressLine =
  | { type: "step"; step: string; index: number; total: number; instruction: string }
  | { type: "log"; text: string }
  | { type: "progress"; status: string; id?: string; current?: number; total?: number }
  | { type: "done"; imageId?: string; digest?: string; tag?: string }
  | { type: "failure"; code: string; message: string; step?: string };
