import "server-only";
import { AppError } from "@/lib/errors";

// The engine multiplexes stdout and stderr of a container without a TTY into frames:
// an 8-byte header (stream type, three zero bytes, payload length as a big-endian
// uint32) then the payload. A container with a TTY has one stream and its bytes come
// raw. The container's Config.Tty decides which; guessing from the bytes would misread
// a TTY log that happens to start with byte 1 or 2. Chunks from the socket split
// frames anywhere, header included, so the state carries over between pushes.

export type LogStreamName = "stdout" | "stderr";

export interface LogFrame {
  stream: LogStreamName;
  payload: Buffer;
}

export interface Demuxer {
  push(chunk: Buffer): LogFrame[];
  /** Throws when the stream ended inside a frame. */
  finish(): void;
}

const HEADER_BYTES = 8;
/** A header announcing more than this is not a log frame: the engine caps lines at 16 KiB. */
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export function createDemuxer(tty: boolean): Demuxer {
  return tty ? rawDemuxer() : frameDemuxer();
}

function rawDemuxer(): Demuxer {
  return {
    push: (chunk) => (chunk.length ? [{ stream: "stdout", payload: chunk }] : []),
    finish: () => undefined,
  };
}

function frameDemuxer(): Demuxer {
  const header = Buffer.alloc(HEADER_BYTES);
  let headerFill = 0;
  let stream: LogStreamName = "stdout";
  let payload: Buffer | null = null;
  let payloadFill = 0;

  return {
    push(chunk) {
      const frames: LogFrame[] = [];
      let at = 0;
      while (at < chunk.length) {
        if (payload === null) {
          const take = Math.min(HEADER_BYTES - headerFill, chunk.length - at);
          chunk.copy(header, headerFill, at, at + take);
          headerFill += take;
          at += take;
          if (headerFill < HEADER_BYTES) break;
          stream = streamOf(header);
          headerFill = 0;
          const length = payloadLength(header);
          if (chunk.length - at >= length) {
            // The whole payload is in this chunk: hand out a view, no copy.
            if (length > 0) frames.push({ stream, payload: chunk.subarray(at, at + length) });
            at += length;
            continue;
          }
          payload = Buffer.alloc(length);
          payloadFill = 0;
        }
        const take = Math.min(payload.length - payloadFill, chunk.length - at);
        chunk.copy(payload, payloadFill, at, at + take);
        payloadFill += take;
        at += take;
        if (payloadFill === payload.length) {
          if (payload.length > 0) frames.push({ stream, payload });
          payload = null;
        }
      }
      return frames;
    },
    finish() {
      if (headerFill > 0 || payload !== null) {
        throw new AppError("upstream_error", "The engine's log stream ended inside a frame");
      }
    },
  };
}

function streamOf(header: Buffer): LogStreamName {
  const type = header[0];
  if (header[1] !== 0 || header[2] !== 0 || header[3] !== 0 || type === undefined || type > 3) {
    throw new AppError(
      "upstream_error",
      "The engine's log stream is not multiplexed as expected (is the container's TTY setting " +
        "what the engine reports?)",
    );
  }
  // 0 is stdin, which logs never carry; 3 is the engine's own error text.
  return type === 2 || type === 3 ? "stderr" : "stdout";
}

function payloadLength(header: Buffer): number {
  const length = header.readUInt32BE(4);
  if (length > MAX_FRAME_BYTES) {
    throw new AppError("upstream_error", `The engine announced a log frame of ${length} bytes`);
  }
  return length;
}
