import { describe, expect, it } from "vitest";
import { createDemuxer, type LogFrame } from "@/lib/logs/demux";

function frame(type: number, text: string | Buffer): Buffer {
  const payload = typeof text === "string" ? Buffer.from(text) : text;
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

const asText = (frames: LogFrame[]) =>
  frames.map((f) => `${f.stream}:${f.payload.toString("utf8")}`);

/** Joins consecutive frames of one stream: where frames split does not change content. */
function byStream(frames: LogFrame[]): string[] {
  const out: string[] = [];
  let last: string | undefined;
  for (const f of frames) {
    if (f.stream === last) out[out.length - 1] += f.payload.toString();
    else out.push(`${f.stream}:${f.payload.toString()}`);
    last = f.stream;
  }
  return out;
}

function pushAll(tty: boolean, chunks: Buffer[]): LogFrame[] {
  const demuxer = createDemuxer(tty);
  const frames = chunks.flatMap((c) => demuxer.push(c));
  demuxer.finish();
  return frames;
}

// D4: the exact bytes of the case.
const D4_STDOUT = Buffer.from([1, 0, 0, 0, 0, 0, 0, 0x0c, ...Buffer.from("hello world\n")]);
const D4_STDERR = Buffer.from([2, 0, 0, 0, 0, 0, 0, 0x05, ...Buffer.from("oops\n")]);

describe("log demultiplexing (D4)", () => {
  it("tells stdout from stderr in a container without a TTY", () => {
    const frames = pushAll(false, [Buffer.concat([D4_STDOUT, D4_STDERR])]);
    expect(asText(frames)).toEqual(["stdout:hello world\n", "stderr:oops\n"]);
  });

  it("passes the bytes of a TTY container through as they are", () => {
    const frames = pushAll(true, [Buffer.from("hello world\r\n")]);
    expect(asText(frames)).toEqual(["stdout:hello world\r\n"]);
  });

  it("refuses bytes that are not frames instead of printing garbage", () => {
    const demuxer = createDemuxer(false);
    expect(() => demuxer.push(Buffer.from("hello world, no header\n"))).toThrow(/multiplexed/);
  });

  it("says so when the stream ends inside a frame", () => {
    const demuxer = createDemuxer(false);
    demuxer.push(D4_STDOUT.subarray(0, 10));
    expect(() => demuxer.finish()).toThrow(/inside a frame/);
  });
});

describe("frames split across chunks (D5)", () => {
  it("reads the D4 stdout frame delivered as 3 bytes, then 9, then the rest", () => {
    const chunks = [D4_STDOUT.subarray(0, 3), D4_STDOUT.subarray(3, 12), D4_STDOUT.subarray(12)];
    expect(byStream(pushAll(false, chunks))).toEqual(["stdout:hello world\n"]);
  });

  it("gives the same output whatever the split point of a multi-frame input", () => {
    const input = Buffer.concat([
      D4_STDOUT,
      D4_STDERR,
      frame(1, ""),
      frame(1, "naïve ünïcode\n"),
      frame(2, "last"),
    ]);
    const expected = byStream(pushAll(false, [input]));
    expect(expected).toEqual([
      "stdout:hello world\n",
      "stderr:oops\n",
      "stdout:naïve ünïcode\n",
      "stderr:last",
    ]);
    for (let first = 0; first <= input.length; first += 1) {
      const two = [input.subarray(0, first), input.subarray(first)];
      expect(byStream(pushAll(false, two)), `split at ${first}`).toEqual(expected);
      for (let second = first; second <= input.length; second += 7) {
        const three = [
          input.subarray(0, first),
          input.subarray(first, second),
          input.subarray(second),
        ];
        expect(byStream(pushAll(false, three)), `split at ${first}, ${second}`).toEqual(expected);
      }
    }
  });

  it("reads the input one byte at a time", () => {
    const input = Buffer.concat([D4_STDOUT, D4_STDERR]);
    const bytes = [...input].map((b) => Buffer.from([b]));
    expect(byStream(pushAll(false, bytes))).toEqual(["stdout:hello world\n", "stderr:oops\n"]);
  });

  it("keeps a 20 KB line in one frame whole", () => {
    const line = `${"x".repeat(20 * 1024)}\n`;
    const input = Buffer.concat([frame(1, line), D4_STDERR]);
    for (const size of [1000, 4096, 8, 3]) {
      const chunks: Buffer[] = [];
      for (let at = 0; at < input.length; at += size) chunks.push(input.subarray(at, at + size));
      expect(byStream(pushAll(false, chunks))).toEqual([`stdout:${line}`, "stderr:oops\n"]);
    }
  });
});
