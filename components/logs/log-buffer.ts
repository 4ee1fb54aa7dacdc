import { type AnsiSegment, type AnsiStyle, PLAIN, parseAnsi, plainText } from "@/lib/format/ansi";
import { compareEngineTimestamps } from "@/lib/logs/timestamps";

// The lines a log view holds. Each line is parsed for colour once, as it arrives, with
// the style its stream left open (a colour set on one line and reset lines later);
// the plain text is kept for search. Memory is capped: past the capacity the oldest
// lines go, and the view says how many went.

export const VIEW_CAPACITY = 100_000;

export interface LogEntry {
  stream: "stdout" | "stderr";
  time?: string;
  text: string;
}

export interface ViewLine {
  /** Rises with every line added; stays with the line when older lines are dropped. */
  id: number;
  stream: "stdout" | "stderr" | "status";
  time?: string;
  segments: AnsiSegment[];
  plain: string;
}

export class LogBuffer {
  readonly lines: ViewLine[] = [];
  /** Lines dropped from the front since the last clear. */
  dropped = 0;
  /** The newest engine time seen; a reconnect asks for lines after it. */
  lastTime: string | undefined;
  private nextId = 0;
  private open: Record<LogEntry["stream"], AnsiStyle> = { stdout: PLAIN, stderr: PLAIN };

  constructor(readonly capacity = VIEW_CAPACITY) {}

  /** Adds engine lines; those not after `lastTime` are skipped when `onlyNewer` is set. */
  append(entries: readonly LogEntry[], onlyNewer = false): void {
    for (const entry of entries) {
      if (onlyNewer && entry.time && this.lastTime) {
        if (compareEngineTimestamps(entry.time, this.lastTime) <= 0) continue;
      }
      const { segments, end } = parseAnsi(entry.text, this.open[entry.stream]);
      this.open[entry.stream] = end;
      if (entry.time) this.lastTime = entry.time;
      this.push({ stream: entry.stream, time: entry.time, segments, plain: plainText(segments) });
    }
    this.trim();
  }

  /** A line of Slipway's own: the container stopped, started, was removed. */
  note(text: string, time?: string): void {
    this.push({ stream: "status", time, segments: [{ text, style: PLAIN }], plain: text });
    this.trim();
  }

  clear(): void {
    this.lines.length = 0;
    this.dropped = 0;
    this.lastTime = undefined;
    this.open = { stdout: PLAIN, stderr: PLAIN };
  }

  private push(line: Omit<ViewLine, "id">): void {
    this.nextId += 1;
    this.lines.push({ id: this.nextId, ...line });
  }

  private trim(): void {
    const excess = this.lines.length - this.capacity;
    if (excess <= 0) return;
    this.lines.splice(0, excess);
    this.dropped += excess;
  }
}
