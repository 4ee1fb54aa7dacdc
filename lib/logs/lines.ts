import "server-only";
import { createDemuxer, type LogFrame, type LogStreamName } from "@/lib/logs/demux";
import { isEngineTimestamp, MAX_TIMESTAMP_PREFIX } from "@/lib/logs/timestamps";

// Frames become lines per stream. Bytes wait until their line is whole, so a UTF-8
// character or a timestamp split between frames is read once, complete. With
// timestamps the engine stamps every message it stored; a line longer than its 16 KiB
// message size was stored as several messages that all carry the line's stamp, and the
// stamps of the later ones land inside the line: they are taken out again.

export interface LogLine {
  stream: LogStreamName;
  /** RFC3339Nano as the engine wrote it; only when timestamps were asked for. */
  time?: string;
  text: string;
}

export interface LineReaderOptions {
  /** The engine was asked to stamp each line. */
  timestamps: boolean;
}

export interface LineReader {
  push(frame: LogFrame): LogLine[];
  /** The partial lines left when the stream ends. */
  end(): LogLine[];
}

/** A line that never ends (a program writing without newlines) is cut at this size. */
export const MAX_LINE_BYTES = 1024 * 1024;

interface Pending {
  parts: Buffer[];
  size: number;
  /** The stamp of a line cut at MAX_LINE_BYTES, for the rest of it. */
  carriedTime?: string;
}

export function createLineReader(options: LineReaderOptions): LineReader {
  const decoder = new TextDecoder("utf-8");
  const pending: Record<LogStreamName, Pending> = {
    stdout: { parts: [], size: 0 },
    stderr: { parts: [], size: 0 },
  };

  const complete = (stream: LogStreamName, cut: boolean): LogLine => {
    const state = pending[stream];
    const bytes = Buffer.concat(state.parts, state.size);
    state.parts = [];
    state.size = 0;
    let time = state.carriedTime;
    let body: Buffer = bytes;
    if (options.timestamps) {
      const stamp = leadingTimestamp(bytes);
      if (stamp) {
        time = stamp.time;
        body = bytes.subarray(stamp.length);
      }
      if (time) body = withoutStamp(body, time);
    }
    state.carriedTime = cut ? time : undefined;
    let text = decoder.decode(body);
    if (text.endsWith("\r")) text = text.slice(0, -1);
    return time ? { stream, time, text } : { stream, text };
  };

  return {
    push({ stream, payload }) {
      const state = pending[stream];
      const lines: LogLine[] = [];
      let from = 0;
      let newline = payload.indexOf(10, from);
      while (newline >= 0) {
        state.parts.push(payload.subarray(from, newline));
        state.size += newline - from;
        lines.push(complete(stream, false));
        from = newline + 1;
        newline = payload.indexOf(10, from);
      }
      if (from < payload.length) {
        state.parts.push(payload.subarray(from));
        state.size += payload.length - from;
        if (state.size >= MAX_LINE_BYTES) lines.push(complete(stream, true));
      }
      return lines;
    },
    end() {
      const lines: LogLine[] = [];
      for (const stream of ["stdout", "stderr"] as const) {
        if (pending[stream].size > 0) lines.push(complete(stream, false));
      }
      return lines;
    },
  };
}

function leadingTimestamp(bytes: Buffer): { time: string; length: number } | null {
  const space = bytes.subarray(0, MAX_TIMESTAMP_PREFIX).indexOf(32);
  if (space <= 0) return null;
  const time = bytes.toString("latin1", 0, space);
  return isEngineTimestamp(time) ? { time, length: space + 1 } : null;
}

function withoutStamp(body: Buffer, time: string): Buffer {
  const stamp = Buffer.from(`${time} `, "latin1");
  let found = body.indexOf(stamp);
  if (found < 0) return body;
  const kept: Buffer[] = [];
  let from = 0;
  while (found >= 0) {
    kept.push(body.subarray(from, found));
    from = found + stamp.length;
    found = body.indexOf(stamp, from);
  }
  kept.push(body.subarray(from));
  return Buffer.concat(kept);
}

/** Demultiplexes engine chunks and yields the lines each chunk completes. */
export async function* logLines(
  chunks: AsyncIterable<Buffer>,
  options: LineReaderOptions & { tty: boolean },
): AsyncGenerator<LogLine[]> {
  const demuxer = createDemuxer(options.tty);
  const reader = createLineReader(options);
  for await (const chunk of chunks) {
    const lines = demuxer.push(chunk).flatMap((frame) => reader.push(frame));
    if (lines.length) yield lines;
  }
  demuxer.finish();
  const rest = reader.end();
  if (rest.length) yield rest;
}
