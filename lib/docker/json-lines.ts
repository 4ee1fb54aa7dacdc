import "server-only";
import type { Readable } from "node:stream";

/**
 * Reads a stream of newline-separated JSON objects (engine events, build, pull and
 * push progress). A chunk may end mid-object; the rest waits for the next chunk.
 */
export async function* jsonLines<T>(stream: Readable | AsyncIterable<Buffer | string>) {
  let pending = "";
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    pending += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) yield JSON.parse(line) as T;
      newline = pending.indexOf("\n");
    }
  }
  const rest = pending.trim();
  if (rest) yield JSON.parse(rest) as T;
}
