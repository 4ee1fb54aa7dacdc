import type { FilteredEvent } from "@/lib/ecs-logs/filter";
import type { StreamEvent } from "@/lib/ecs-logs/reader";
import type { EcsLogLine, EcsLogSource } from "@/lib/ecs-logs/types";

// CloudWatch events as the log routes answer them: a time, the text without the
// line end the driver kept, and the task and container it came from. Pure.

export function toLine(event: StreamEvent, source: EcsLogSource): EcsLogLine {
  return {
    time: new Date(event.timestamp).toISOString(),
    timestamp: event.timestamp,
    text: event.message.replace(/\r?\n$/, ""),
    taskId: source.taskId,
    container: source.container,
  };
}

/** Maps FilterLogEvents' stream names back to the task and container they belong to. */
export function sourceByStream(sources: readonly EcsLogSource[]) {
  const byKey = new Map<string, EcsLogSource>();
  for (const s of sources) if (s.stream) byKey.set(`${s.group}\n${s.stream}`, s);
  return (group: string, event: FilteredEvent): EcsLogSource | undefined =>
    byKey.get(`${group}\n${event.logStreamName}`);
}

/** One line of a download: time (when asked), where from, and the text. */
export function downloadLine(line: EcsLogLine, timestamps: boolean): string {
  return `${timestamps ? `${line.time} ` : ""}${line.taskId}/${line.container} ${line.text}\n`;
}
