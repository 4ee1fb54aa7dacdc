import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { toAppError } from "@/lib/http/responses";
import { translateError } from "@/lib/http/translate";
import { log } from "@/lib/log";

// Server-Sent Events and NDJSON responses fed by async generators. The generator
// gets an AbortSignal that fires when the client goes away; producers close the
// engine or AWS stream behind them on that signal. Each event is flushed as it
// comes (no compression, no proxy buffering).

export interface SseMessage {
  event?: "message" | "end" | "failure" | string;
  data: unknown;
}

const STREAM_HEADERS = {
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
};
const HEARTBEAT_MS = 15_000;

type Producer<T> = (signal: AbortSignal) => AsyncIterable<T>;

function streamFrom<T>(
  req: Request,
  produce: Producer<T>,
  encode: {
    item: (value: T) => string;
    end: () => string | null;
    failure: (code: string, message: string) => string;
    heartbeat: string | null;
  },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const abort = new AbortController();
  const onClientGone = () => abort.abort();
  req.signal.addEventListener("abort", onClientGone);
  let iterator: AsyncIterator<T> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  // The runtime pulls from outside the request's async context: each step of the
  // producer runs in the context the response was made in (the request's engine).
  const inRequest = AsyncLocalStorage.snapshot();

  const finish = () => {
    closed = true;
    if (heartbeat) clearInterval(heartbeat);
    req.signal.removeEventListener("abort", onClientGone);
    abort.abort();
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      iterator = inRequest(() => produce(abort.signal)[Symbol.asyncIterator]());
      if (encode.heartbeat) {
        const beat = encode.heartbeat;
        controller.enqueue(encoder.encode(beat));
        heartbeat = setInterval(() => {
          if (!closed) controller.enqueue(encoder.encode(beat));
        }, HEARTBEAT_MS);
      }
    },
    async pull(controller) {
      try {
        const next =
          iterator && (await inRequest(() => iterator?.next() ?? Promise.resolve(undefined)));
        if (closed) return;
        if (!next || next.done) {
          const end = encode.end();
          if (end) controller.enqueue(encoder.encode(end));
          finish();
          controller.close();
          return;
        }
        controller.enqueue(encoder.encode(encode.item(next.value)));
      } catch (error) {
        if (closed) return;
        const appError = toAppError(inRequest(() => translateError(error)));
        controller.enqueue(encoder.encode(encode.failure(appError.code, appError.message)));
        finish();
        controller.close();
      }
    },
    async cancel() {
      finish();
      log.debug("stream closed by client", { path: new URL(req.url).pathname });
      // The client has gone: a producer failing as it closes has no one left to tell.
      await inRequest(async () => iterator?.return?.()).catch(() => undefined);
    },
  });
}

/** A Server-Sent Events response; the stream ends with one `end` or `failure` event. */
export function sse(req: Request, produce: Producer<SseMessage>): Response {
  // A producer may end the stream with its own `end` or `failure` event (a flow
  // says how it ended); then no second `end` follows.
  let ended = false;
  const body = streamFrom(req, produce, {
    item: (m) => {
      ended = m.event === "end" || m.event === "failure";
      return formatSse(m.event, m.data);
    },
    end: () => (ended ? null : formatSse("end", {})),
    failure: (code, message) => formatSse("failure", { code, message }),
    heartbeat: ": keep-alive\n\n",
  });
  return new Response(body, {
    headers: { ...STREAM_HEADERS, "Content-Type": "text/event-stream; charset=utf-8" },
  });
}

/** An NDJSON response; the producer yields the final `done` line itself. */
export function ndjson(req: Request, produce: Producer<Record<string, unknown>>): Response {
  const body = streamFrom(req, produce, {
    item: (value) => `${JSON.stringify(value)}\n`,
    end: () => null,
    failure: (code, message) => `${JSON.stringify({ type: "failure", code, message })}\n`,
    heartbeat: null,
  });
  return new Response(body, {
    headers: { ...STREAM_HEADERS, "Content-Type": "application/x-ndjson; charset=utf-8" },
  });
}

export function formatSse(event: string | undefined, data: unknown): string {
  const head = event && event !== "message" ? `event: ${event}\n` : "";
  return `${head}data: ${JSON.stringify(data)}\n\n`;
}
