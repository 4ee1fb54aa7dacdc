import { describe, expect, it } from "vitest";
import { jsonLines } from "./json-lines";

async function* chunks(...parts: Array<string | Uint8Array>) {
  for (const part of parts) yield part;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe("jsonLines", () => {
  it("joins an object split across chunks and skips blank lines", async () => {
    const lines = await collect(jsonLines(chunks('{"a":', '1}\n\n{"b"', ":2}\n", '{"c":3}')));
    expect(lines).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });

  it("keeps a multi-byte character split between two byte chunks", async () => {
    const bytes = new TextEncoder().encode('{"stream":"Schritt über"}\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ü"
    const lines = await collect(jsonLines(chunks(bytes.slice(0, cut), bytes.slice(cut))));
    expect(lines).toEqual([{ stream: "Schritt über" }]);
  });
});
