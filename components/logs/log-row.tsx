import { memo } from "react";
import type { ViewLine } from "@/components/logs/log-buffer";
import { AnsiPieces } from "@/components/ui/ansi-text";
import { highlight, matchRanges } from "@/lib/logs/search";
import { parseEngineTimestamp } from "@/lib/logs/timestamps";

export const ROW_HEIGHT = 20;

const ROW_CLASS = "flex h-5 w-max min-w-full whitespace-pre border-l-2 pr-3 pl-2";

const STREAM_CLASS: Record<ViewLine["stream"], string> = {
  stdout: "border-transparent",
  stderr: "border-rose-500 bg-rose-950/40",
  status: "border-sky-500 bg-sky-950/40 italic text-sky-200",
};

/** One log line: its text in its ANSI styles, search matches marked. Text stays text. */
export const LogRow = memo(function LogRow({
  line,
  showTime,
  pattern,
}: {
  line: ViewLine;
  showTime: boolean;
  pattern: RegExp | null;
}) {
  const pieces = highlight(line.segments, matchRanges(line.plain, pattern));
  return (
    <div
      data-testid="log-line"
      data-stream={line.stream}
      className={`${ROW_CLASS} ${STREAM_CLASS[line.stream]}`}
    >
      {showTime && (
        <span className="mr-3 shrink-0 select-none text-slate-500" title={line.time}>
          {line.time ? localTime(line.time) : ""}
        </span>
      )}
      {line.origin && (
        <span className="mr-3 shrink-0 select-none text-violet-300/80" data-testid="log-origin">
          {line.origin}
        </span>
      )}
      {line.stream === "stderr" && <span className="sr-only">stderr: </span>}
      <span>
        <AnsiPieces pieces={pieces} />
      </span>
    </div>
  );
});

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Local date and time to the millisecond; the full engine time is in the title. */
function localTime(time: string): string {
  const instant = parseEngineTimestamp(time);
  if (!instant) return time;
  const d = new Date(instant.seconds * 1000 + Math.floor(instant.nanos / 1e6));
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const clock = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${date} ${clock}.${pad(d.getMilliseconds(), 3)}`;
}
