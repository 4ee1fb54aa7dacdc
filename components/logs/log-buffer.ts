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
  /** Where the line came from when a view shows several sources (task/container). */
  origin?: string;
}

export interface ViewLine {
  /** Rises with every line added; stays with the line when older lines are dropped. */
  id: number;
  stream: "stdout" | "stderr" | "status";
  time?: string;
  origin?: string;
  segments: AnsiSegment[];
  plain: string;
}

export class LogBuffer {
  readonly lines: ViewLine[] = [];
  /** Lines dropped from the front since the last clear. */
  dropped = 0;
  /** The newest time seen; a reconnect asks for lines from it. */
  lastTime: string | undefined;
  /** Lines held at `lastTime`, so a reconnect that asks from it skips only those. */
  private atLastTime = new Set<string>();
  private nextId = 0;
  private open: Record<LogEntry["stream"], AnsiStyle> = { stdout: PLAIN, stderr: PLAIN };

  constructor(readonly capacity = VIEW_CAPACITY) {}

  /**
   * Adds lines. With `onlyNewer` (after a reconnect), lines before `lastTime` are
   * skipped, and of those at `lastTime` the ones already held.
   */
  append(entries: readonly LogEntry[], onlyNewer = false): void {
    for (const entry of entries) {
      const order = entry.time && this.lastTime ? this.compare(entry.time, this.lastTime) : 1;
      const key = lineKey(entry);
      if (onlyNewer && (order < 0 || (order === 0 && this.atLastTime.has(key)))) continue;
      const { segments, end } = parseAnsi(entry.text, this.open[entry.stream]);
      this.open[entry.stream] = end;
      if (entry.time && order >= 0) {
        if (order > 0) this.atLastTime.clear();
        this.lastTime = entry.time;
        this.atLastTime.add(key);
      }
      this.push({
        stream: entry.stream,
        time: entry.time,
        origin: entry.origin,
        segments,
        plain: plainText(segments),
      });
    }
    this.trim();
  }

  private compare(a: string, b: string): number {
    return compareEngineTimestamps(a, b);
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
    this.atLastTime.clear();
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

const lineKey = (entry: LogEntry) =>
  `${entry.stream}\u0000${entry.origin ?? ""}\u0000${entry.text}`;
