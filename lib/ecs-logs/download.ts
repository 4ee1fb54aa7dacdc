import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { channelsOf, cloudWatchCalls } from "@/lib/ecs-logs/cloudwatch";
import { filterAll } from "@/lib/ecs-logs/filter";
import { downloadLine, sourceByStream, toLine } from "@/lib/ecs-logs/lines";
import { checkStreams, tailsOneStream } from "@/lib/ecs-logs/read";
import { readForward } from "@/lib/ecs-logs/reader";
import type { LogPlan } from "@/lib/ecs-logs/targets";
import { trackStream } from "@/lib/http/stream-registry";
import { log } from "@/lib/log";

// The logs of a task or a service as a text file, read from CloudWatch as the
// client reads the answer: one page at a time, never the whole range in memory.
// Without `since` it holds each stream from its start. Streams of several log
// groups come one group after another, each in time order.

export interface DownloadRange {
  since?: number | undefined;
  until?: number | undefined;
  filter?: string | undefined;
  timestamps: boolean;
}

export async function ecsLogDownload(
  req: Request,
  aws: AwsClients,
  plan: LogPlan,
  range: DownloadRange,
  fileStem: string,
): Promise<Response> {
  const abort = new AbortController();
  const onClientGone = () => abort.abort();
  req.signal.addEventListener("abort", onClientGone);
  const release = trackStream();
  const finish = () => {
    req.signal.removeEventListener("abort", onClientGone);
    release();
  };
  const chunks = textChunks(aws, plan, range, abort.signal);
  const encoder = new TextEncoder();

  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) {
          finish();
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        finish();
        // Headers are sent: failing the body is how the browser learns the file is cut.
        log.warn("ecs log download failed", { error });
        controller.error(error);
      }
    },
    async cancel() {
      abort.abort();
      finish();
      await chunks.return(undefined).catch(() => undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileStem.replace(/[^\w.-]/g, "_")}-logs.txt"`,
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}

async function* textChunks(
  aws: AwsClients,
  plan: LogPlan,
  range: DownloadRange,
  signal: AbortSignal,
): AsyncGenerator<string> {
  const calls = cloudWatchCalls(aws, signal);
  const window = { startTime: range.since, endTime: range.until };
  if (tailsOneStream(plan.sources, range.filter ?? null)) {
    const source = plan.sources.find((s) => s.state === "ok");
    if (!source) return;
    for await (const events of readForward(calls.pages(source), window, signal)) {
      yield events.map((e) => downloadLine(toLine(e, source), range.timestamps)).join("");
    }
    return;
  }
  const sources = await checkStreams(calls, plan.sources);
  const owner = sourceByStream(sources);
  for (const channel of channelsOf(sources)) {
    const request = { ...window, filterPattern: range.filter };
    for await (const events of filterAll(calls.filter(channel), request, signal)) {
      const lines = events.flatMap((e) => {
        const source = owner(channel.group, e);
        return source ? [downloadLine(toLine(e, source), range.timestamps)] : [];
      });
      yield lines.join("");
    }
  }
}
