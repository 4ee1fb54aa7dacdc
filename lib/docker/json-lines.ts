// Reads newline-separated JSON objects (engine events, build, pull and push
// progress; Slipway's own NDJSON replies in the browser). A chunk may end mid-object
// or mid-character; the rest waits for the next chunk. Pure: runs in the browser too.

type Chunks = AsyncIterable<Uint8Array | string>;

export async function* jsonLines<T>(chunks: Chunks): AsyncGenerator<T> {
  const decoder = new TextDecoder();
  let pending = "";
  for await (const chunk of chunks) {
    pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let newline = pending.indexOf("\n");
    while (newline >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) yield JSON.parse(line) as T;
      newline = pending.indexOf("\n");
    }
  }
  const rest = (pending + decoder.decode()).trim();
  if (rest) yield JSON.parse(rest) as T;
}
