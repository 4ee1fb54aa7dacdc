import "server-only";
import { AppError } from "@/lib/errors";

// dockerode answers a logs call without `follow` with the whole log as one Buffer and
// a follow with a stream (D3). Both become the same chunks here, so the rest of the
// code reads one shape. Slipway always asks for timestamps, which also keeps
// docker-modem from taking a TTY log that happens to be valid JSON for a JSON reply.

export async function* logChunks(payload: unknown): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(payload)) {
    if (payload.length > 0) yield payload;
    return;
  }
  if (typeof payload === "string") {
    if (payload.length > 0) yield Buffer.from(payload, "utf8");
    return;
  }
  if (isAsyncIterable(payload)) {
    for await (const chunk of payload) {
      yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string | Uint8Array);
    }
    return;
  }
  throw new AppError("upstream_error", "The engine answered a logs request with no log data");
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function"
  );
}
