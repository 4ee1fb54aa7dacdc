import "server-only";
import type { LayerProgressLine, LayerTotalLine } from "@/lib/docker/progress-lines";
import { type EcrPushResult, type PreparedPush, runPush } from "@/lib/ecr/push";
import { Mailbox } from "@/lib/http/mailbox";

// The NDJSON lines of POST /api/ecr/push: the push's progress as it comes, then
// `done` with the result. A failure is thrown and becomes the `failure` line.

export type EcrPushLine = LayerProgressLine | LayerTotalLine | ({ type: "done" } & EcrPushResult);

export async function* pushLines(
  prepared: PreparedPush,
  signal: AbortSignal,
): AsyncGenerator<EcrPushLine> {
  const lines = new Mailbox<EcrPushLine>();
  runPush(prepared, { signal, onProgress: (line) => lines.push(line) }).then(
    (result) => {
      lines.push({ type: "done", ...result });
      lines.close();
    },
    (error: unknown) => lines.fail(error),
  );
  yield* lines.drain(signal);
}
