import "server-only";
import type { Readable } from "node:stream";
import { jsonLines } from "@/lib/docker/json-lines";
import type { ProgressLine } from "@/lib/docker/progress-lines";
import { stripAnsi } from "@/lib/format/ansi";

// The engine reports build, pull and push as a stream of JSON messages and answers
// HTTP 200 even when the operation fails: the failure is only a message holding
// `error` / `errorDetail` (case D2). This reader turns the raw messages into
// Slipway's NDJSON lines and decides the outcome from their content alone.

/** One message of the engine's progress stream, as the engine sends it. */
export interface EngineProgressMessage {
  stream?: string;
  status?: string;
  id?: string;
  progress?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { code?: number; message?: string };
  aux?: { ID?: string; Tag?: string; Digest?: string; Size?: number };
}

export type { ProgressLine };

export type ProgressOperation = "build" | "pull" | "push";

const STEP = /^Step (\d+)\/(\d+) : (.*)$/;
const BUILDER_LINE = /^(?: ---> |Removing intermediate container |Step \d+\/\d+ : |Successfully )/;
const BUILT = /^Successfully built ([0-9a-f]{12,64})\s*$/;

/** Pure state machine over the engine's messages; feed with read(), close with finish(). */
export class ProgressReader {
  private pendingText = "";
  private step: string | undefined;
  private imageId: string | undefined;
  private digest: string | undefined;
  private tag: string | undefined;
  private error: string | undefined;

  constructor(private readonly operation: ProgressOperation) {}

  /** Whether an error message has arrived: nothing after it changes the outcome. */
  get failed(): boolean {
    return this.error !== undefined;
  }

  read(message: EngineProgressMessage): ProgressLine[] {
    if (message.error !== undefined || message.errorDetail !== undefined) {
      const text = message.errorDetail?.message ?? message.error ?? "";
      this.error = stripAnsi(text).trim() || "The engine reported an error without a message";
      return this.flushText();
    }
    if (message.aux) this.readAux(message.aux);
    if (typeof message.stream === "string") return this.readText(message.stream);
    if (typeof message.status === "string") {
      return [...this.flushText(), this.progressLine(message)];
    }
    return [];
  }

  /** The last line: `done` with the result, or `failure` with the engine's message. */
  finish(): ProgressLine[] {
    const lines = this.flushText();
    if (this.error !== undefined) {
      const failure: ProgressLine = {
        type: "failure",
        code: "upstream_error",
        message: this.error,
      };
      if (this.step && this.operation === "build") failure.step = this.step;
      return [...lines, failure];
    }
    if (this.operation === "build" && !this.imageId) {
      const message = "The engine ended the build without reporting an image";
      return [...lines, { type: "failure", code: "upstream_error", message }];
    }
    const done: ProgressLine = { type: "done" };
    if (this.imageId) done.imageId = this.imageId;
    if (this.digest) done.digest = this.digest;
    if (this.tag) done.tag = this.tag;
    return [...lines, done];
  }

  private readAux(aux: NonNullable<EngineProgressMessage["aux"]>): void {
    if (aux.ID) this.imageId = aux.ID;
    if (aux.Digest) this.digest = aux.Digest;
    if (aux.Tag) this.tag = aux.Tag;
  }

  // The engine splits text anywhere ("Step 1/3 : FROM x" and its "\n" arrive apart),
  // so text is cut into whole lines before steps are recognised.
  private readText(text: string): ProgressLine[] {
    // Output of a RUN that ends without a newline is not glued to the builder's next line.
    const lines: ProgressLine[] = BUILDER_LINE.test(text) ? this.flushText() : [];
    this.pendingText += text;
    let newline = this.pendingText.indexOf("\n");
    while (newline >= 0) {
      lines.push(this.textLine(this.pendingText.slice(0, newline)));
      this.pendingText = this.pendingText.slice(newline + 1);
      newline = this.pendingText.indexOf("\n");
    }
    return lines;
  }

  private flushText(): ProgressLine[] {
    if (this.pendingText === "") return [];
    const line = this.textLine(this.pendingText);
    this.pendingText = "";
    return [line];
  }

  private textLine(raw: string): ProgressLine {
    // A progress bar redraws its line with "\r": only the last drawing is kept.
    const text = lastRedraw(raw);
    const plain = stripAnsi(text);
    const step = STEP.exec(plain);
    if (step?.[1] && step[2] && step[3] !== undefined) {
      this.step = plain;
      return {
        type: "step",
        step: plain,
        index: Number(step[1]),
        total: Number(step[2]),
        instruction: step[3],
      };
    }
    const built = BUILT.exec(plain);
    if (built?.[1] && !this.imageId) this.imageId = built[1];
    return { type: "log", text };
  }

  private progressLine(message: EngineProgressMessage): ProgressLine {
    const line: ProgressLine = { type: "progress", status: stripAnsi(message.status ?? "") };
    if (message.id) line.id = message.id;
    const detail = message.progressDetail;
    if (typeof detail?.current === "number") line.current = detail.current;
    if (typeof detail?.total === "number" && detail.total > 0) line.total = detail.total;
    return line;
  }
}

function lastRedraw(text: string): string {
  const trimmed = text.endsWith("\r") ? text.slice(0, -1) : text;
  const cut = trimmed.lastIndexOf("\r");
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

/**
 * Reads an engine progress stream to its end. Yields Slipway lines; the last one is
 * `done` or `failure`. An error message ends the operation as failed even if the
 * engine goes on sending.
 */
export async function* readEngineProgress(
  source: Readable | AsyncIterable<Buffer | string>,
  operation: ProgressOperation,
): AsyncGenerator<ProgressLine> {
  const reader = new ProgressReader(operation);
  for await (const message of jsonLines<EngineProgressMessage>(source)) {
    yield* reader.read(message);
    if (reader.failed) break;
  }
  yield* reader.finish();
}
