import type { LogEntry } from "@/components/logs/log-buffer";
import type { LogQuery, LogSource } from "@/components/logs/log-source";
import { seg } from "@/lib/client/api";
import type { EcsLogLine, EcsLogsAnswer } from "@/lib/ecs-logs/types";

// A task's or a service's logs in CloudWatch, read through Slipway's ECS log
// routes. The time range and the search go to CloudWatch (FilterLogEvents); the
// limit keeps the newest lines of the range.

export interface EcsLogTarget {
  cluster: string;
  /** A service's tasks' logs... */
  service?: string;
  /** ...or one task's. */
  taskId?: string;
}

const LIMITS = [100, 1_000, 10_000];
const SINCE = [
  { value: "5m", label: "Last 5 minutes" },
  { value: "1h", label: "Last hour" },
  { value: "24h", label: "Last 24 hours" },
  { value: "7d", label: "Last 7 days" },
];

export function ecsLogsPath(target: EcsLogTarget): string {
  const cluster = `/api/ecs/clusters/${seg(target.cluster)}`;
  if (target.taskId) return `${cluster}/tasks/${seg(target.taskId)}/logs`;
  return `${cluster}/services/${seg(target.service ?? "")}/logs`;
}

export function ecsLogSource(target: EcsLogTarget): LogSource {
  const base = ecsLogsPath(target);
  const params = (query: LogQuery, extra: Record<string, string> = {}) =>
    new URLSearchParams({
      limit: String(query.tail),
      ...(query.since && { since: query.since }),
      ...(query.search.trim() && { filter: query.search.trim() }),
      ...extra,
    });
  // A service's lines come from several tasks: the line says which.
  const origin = (line: EcsLogLine) =>
    target.taskId ? line.container : `${line.taskId.slice(0, 8)}/${line.container}`;
  const entry = (line: EcsLogLine): LogEntry => ({
    stream: "stdout",
    time: line.time,
    text: line.text,
    origin: origin(line),
  });

  return {
    key: `ecs:${base}`,
    search: "server",
    searchLabel: "Search (CloudWatch filter pattern)",
    streams: false,
    tailLabel: "Newest",
    tailChoices: LIMITS.map((n) => ({ value: n, label: `${n.toLocaleString("en")} lines` })),
    sinceChoices: SINCE,
    defaults: { tail: 1_000, since: "1h" },
    jsonUrl: (query) => `${base}?${params(query)}`,
    followUrl: (query, resumeSince) =>
      `${base}?${params({ ...query, since: resumeSince ?? query.since }, { follow: "true" })}`,
    downloadUrl: (query, showTime) => {
      const download = new URLSearchParams({
        ...(query.since && { since: query.since }),
        ...(query.search.trim() && { filter: query.search.trim() }),
        ...(showTime && { timestamps: "true" }),
      });
      return `${base}/download?${download}`;
    },
    probeUrl: (query) => `${base}?${params({ ...query, tail: 1, since: "1m" })}`,
    read: (body) => {
      const answer = body as EcsLogsAnswer;
      return {
        entries: answer.lines.map(entry),
        sources: answer.sources,
        tasks: answer.tasks,
        truncated: answer.truncated,
      };
    },
    entry: (data) => entry(data as EcsLogLine),
  };
}
