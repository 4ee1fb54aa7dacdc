import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLineReader, type LogLine, logLines } from "@/lib/logs/lines";
import { logChunks } from "@/lib/logs/payload";

const TS = "2024-05-01T10:20:30.123456789Z";
const TS2 = "2024-05-01T10:20:31.000000001Z";

function frame(type: number, text: string | Buffer): Buffer {
  const payload = typeof text === "string" ? Buffer.from(text) : text;
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

async function collect(source: AsyncIterable<LogLine[]>): Promise<LogLine[]> {
  const all: LogLine[] = [];
  for await (const batch of source) all.push(...batch);
  return all;
}

describe("line splitting", () => {
  it("keeps a partial line until its end arrives, per stream", () => {
    const reader = createLineReader({ timestamps: false });
    const out = [
      ...reader.push({ stream: "stdout", payload: Buffer.from("hel") }),
      ...reader.push({ stream: "stderr", payload: Buffer.from("err") }),
      ...reader.push({ stream: "stdout", payload: Buffer.from("lo\nwor") }),
      ...reader.push({ stream: "stderr", payload: Buffer.from("or\n") }),
      ...reader.end(),
    ];
    expect(out).toEqual([
      { stream: "stdout", text: "hello" },
      { stream: "stderr", text: "error" },
      { stream: "stdout", text: "wor" },
    ]);
  });

  it("decodes a UTF-8 character split between chunks once", () => {
    const bytes = Buffer.from("grüße\n");
    const reader = createLineReader({ timestamps: false });
    const out = [
      ...reader.push({ stream: "stdout", payload: bytes.subarray(0, 3) }),
      ...reader.push({ stream: "stdout", payload: bytes.subarray(3) }),
    ];
    expect(out).toEqual([{ stream: "stdout", text: "grüße" }]);
  });

  it("drops the carriage return of a TTY line ending", () => {
    const reader = createLineReader({ timestamps: false });
    expect(reader.push({ stream: "stdout", payload: Buffer.from("a\r\nb\r\n") })).toEqual([
      { stream: "stdout", text: "a" },
      { stream: "stdout", text: "b" },
    ]);
  });

  it("keeps empty lines", () => {
    const reader = createLineReader({ timestamps: false });
    expect(reader.push({ stream: "stdout", payload: Buffer.from("\n\n") })).toHaveLength(2);
  });
});

describe("timestamps", () => {
  it("takes the engine's stamp off each line into `time`", () => {
    const reader = createLineReader({ timestamps: true });
    const out = reader.push({ stream: "stdout", payload: Buffer.from(`${TS} hello world\n`) });
    expect(out).toEqual([{ stream: "stdout", time: TS, text: "hello world" }]);
  });

  it("removes the repeated stamp of a long line the engine stored in two messages", async () => {
    const head = "a".repeat(16_384);
    const chunks = [frame(1, `${TS} ${head}`), frame(1, `${TS} tail\n`), frame(2, `${TS2} x\n`)];
    const lines = await collect(logLines(logChunks(Buffer.concat(chunks)), opts(false)));
    expect(lines).toEqual([
      { stream: "stdout", time: TS, text: `${head}tail` },
      { stream: "stderr", time: TS2, text: "x" },
    ]);
  });

  it("removes it in a TTY log too, where no frames mark the messages", async () => {
    const head = "é".repeat(8_192);
    const raw = Buffer.concat([
      Buffer.from(`${TS} `),
      Buffer.from(head).subarray(0, 16_383),
      Buffer.from(`${TS} `),
      Buffer.from(head).subarray(16_383),
      Buffer.from(`\r\n${TS2} next\r\n`),
    ]);
    const lines = await collect(logLines(logChunks(raw), opts(true)));
    expect(lines).toEqual([
      { stream: "stdout", time: TS, text: head },
      { stream: "stdout", time: TS2, text: "next" },
    ]);
  });

  it("leaves text that only looks like a stamp later in the line alone", () => {
    const reader = createLineReader({ timestamps: true });
    const out = reader.push({ stream: "stdout", payload: Buffer.from(`${TS} at ${TS2} ok\n`) });
    expect(out[0]?.text).toBe(`at ${TS2} ok`);
  });
});

const opts = (tty: boolean) => ({ tty, timestamps: true });

describe("a Buffer and a stream give the same lines (D3)", () => {
  const log = Buffer.concat([
    frame(1, `${TS} hello world\n`),
    frame(2, `${TS} oops\n`),
    frame(1, `${TS2} bye\n`),
  ]);

  it("reads the Buffer of a non-follow call and the stream of a follow alike", async () => {
    const fromBuffer = await collect(logLines(logChunks(log), opts(false)));
    const pieces = [log.subarray(0, 5), log.subarray(5, 50), log.subarray(50)];
    const fromStream = await collect(logLines(logChunks(Readable.from(pieces)), opts(false)));
    expect(fromBuffer).toEqual([
      { stream: "stdout", time: TS, text: "hello world" },
      { stream: "stderr", time: TS, text: "oops" },
      { stream: "stdout", time: TS2, text: "bye" },
    ]);
    expect(fromStream).toEqual(fromBuffer);
  });

  it("reads an empty log as no lines", async () => {
    expect(await collect(logLines(logChunks(Buffer.alloc(0)), opts(false)))).toEqual([]);
  });

  it("refuses a reply that is neither", async () => {
    await expect(collect(logLines(logChunks({ message: "x" }), opts(false)))).rejects.toThrow(
      /no log data/,
    );
  });
});
