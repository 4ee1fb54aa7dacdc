import "server-only";
import { trackStream } from "@/lib/http/stream-registry";
import { log } from "@/lib/log";
import { type LogTarget, openWholeLogStream } from "@/lib/logs/container-logs";
import { logLines } from "@/lib/logs/lines";
import { logChunks } from "@/lib/logs/payload";

// The whole log as a text file, read from the engine as the client reads the answer:
// one engine chunk at a time, never the whole log in memory. The engine stream opens
// before the answer starts, so a container gone in between is an ordinary JSON error.

export async function logDownload(
  req: Request,
  target: LogTarget,
  timestamps: boolean,
): Promise<Response> {
  const abort = new AbortController();
  const onClientGone = () => abort.abort();
  req.signal.addEventListener("abort", onClientGone);
  const stream = await openWholeLogStream(target, abort.signal);
  const release = trackStream();
  const finish = () => {
    req.signal.removeEventListener("abort", onClientGone);
    stream.destroy();
    release();
  };
  abort.signal.addEventListener("abort", finish);

  const encoder = new TextEncoder();
  const batches = logLines(logChunks(stream), { tty: target.tty, timestamps: true });
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          finish();
          controller.close();
          return;
        }
        const text = next.value
          .map((line) => `${timestamps && line.time ? `${line.time} ` : ""}${line.text}\n`)
          .join("");
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        finish();
        // Headers are sent: failing the body is how the browser learns the file is cut.
        log.warn("log download failed", { container: target.id, error });
        controller.error(error);
      }
    },
    async cancel() {
      abort.abort();
      // The download was abandoned: a failure while closing has no one left to tell.
      await batches.return(undefined).catch(() => undefined);
    },
  });

  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(target.name)}"`,
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

function fileName(containerName: string): string {
  const safe = containerName.replace(/[^a-zA-Z0-9_.-]/g, "_") || "container";
  return `${safe}-logs.txt`;
}
