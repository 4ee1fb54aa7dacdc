import { bench, describe } from "vitest";
import { type AnsiStyle, parseAnsi } from "@/lib/format/ansi";
import { createDemuxer } from "@/lib/logs/demux";
import { createLineReader } from "@/lib/logs/lines";
import { filterLines, searchPattern } from "@/lib/logs/search";

// The log path at the size the viewer promises to stay smooth at: 100,000 lines.

const LINES = 100_000;

function frame(stream: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

const engineBytes = Buffer.concat(
  Array.from({ length: LINES }, (_, i) =>
    frame(i % 10 === 0 ? 2 : 1, `2026-12-04T10:00:00Z GET /data ${i} 200 \u001b[32mok\u001b[0m\n`),
  ),
);
// Socket reads arrive in 64 KiB chunks that split frames anywhere.
const chunks: Buffer[] = [];
for (let at = 0; at < engineBytes.length; at += 65_536) {
  chunks.push(engineBytes.subarray(at, at + 65_536));
}
const texts = Array.from({ length: LINES }, (_, i) => ({
  stream: i % 10 === 0 ? "stderr" : "stdout",
  text: `GET /data ${i} 200 \u001b[32mok\u001b[0m`,
  plain: `GET /data ${i} 200 ok`,
}));

describe(`container logs, ${LINES.toLocaleString("en")} lines`, () => {
  bench("demultiplex and split into lines", () => {
    const demuxer = createDemuxer(false);
    const reader = createLineReader({ timestamps: false });
    let count = 0;
    for (const chunk of chunks) {
      for (const frame of demuxer.push(chunk)) count += reader.push(frame).length;
    }
    if (count !== LINES) throw new Error(`expected ${LINES} lines, got ${count}`);
  });

  bench("parse ANSI colours of every line", () => {
    let style: AnsiStyle | undefined;
    for (const line of texts) style = parseAnsi(line.text, style).end;
  });

  bench("search the page for a term", () => {
    filterLines(texts, { streams: new Set(), pattern: searchPattern("/data 9999") });
  });
});
