import type { LayerProgressLine, LayerTotalLine } from "@/lib/docker/progress-lines";

// The NDJSON lines of POST /api/docker/images/pull, as the page reads them. No Node
// imports: the browser uses these types too.

export type PullLine =
  | LayerProgressLine
  | LayerTotalLine
  | { type: "done"; imageId: string; reference: string; digest?: string }
  | { type: "failure"; code: string; message: string };
