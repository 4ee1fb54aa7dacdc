import { type LogEntry, VIEW_CAPACITY } from "@/components/logs/log-buffer";
import { seg } from "@/lib/client/api";
import type { EcsLogSource } from "@/lib/ecs-logs/types";

// Where a log view reads from. One viewer serves a local container's log and a
// task's or service's CloudWatch logs: each source says how to ask for its lines
// (one JSON read, a follow over Server-Sent Events, a download) and which of the
// viewer's controls apply to it.

export interface LogQuery {
  /** The newest lines to keep: the tail (Docker) or the limit (CloudWatch). */
  tail: number;
  /** A duration such as "10m", or "" for the whole range the tail allows. */
  since: string;
  follow: boolean;
  /** Sent to the server only by sources that search there. */
  search: string;
}

export interface Choice<T> {
  value: T;
  label: string;
}

export interface SourceRead {
  entries: LogEntry[];
  /** Where each container logs, for sources made of several streams. */
  sources?: EcsLogSource[];
  tasks?: number;
  truncated?: boolean;
}

export interface LogSource {
  /** Changes when the source is another one: the viewer starts afresh. */
  key: string;
  /** "page": the viewer filters the lines it holds; "server": the source searches. */
  search: "page" | "server";
  searchLabel: string;
  /** Offers the stdout/stderr choice. */
  streams: boolean;
  /** What the line count control is called: "Tail", "Newest". */
  tailLabel: string;
  tailChoices: Array<Choice<number>>;
  sinceChoices: Array<Choice<string>>;
  defaults: { tail: number; since: string };
  jsonUrl(query: LogQuery): string;
  /** `resumeSince`: the time of the last line held, after a dropped connection. */
  followUrl(query: LogQuery, resumeSince?: string): string;
  downloadUrl(query: LogQuery, showTime: boolean): string;
  /** A light JSON read that says why a follow was refused. */
  probeUrl(query: LogQuery): string;
  read(body: unknown): SourceRead;
  /** One message event of the follow. */
  entry(data: unknown): LogEntry;
}

const DOCKER_TAILS = [100, 1_000, 10_000, 100_000];
const DOCKER_SINCE = [
  { value: "", label: "Any time" },
  { value: "5m", label: "Last 5 minutes" },
  { value: "1h", label: "Last hour" },
  { value: "24h", label: "Last 24 hours" },
  { value: "7d", label: "Last 7 days" },
];

/** A container of the local (or chosen) Docker engine. */
export function dockerLogSource(containerId: string): LogSource {
  const base = `/api/docker/containers/${seg(containerId)}/logs`;
  const url = (query: LogQuery, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams({
      tail: String(query.tail),
      timestamps: "true",
      ...(query.since && { since: query.since }),
      ...extra,
    });
    return `${base}?${params}`;
  };
  return {
    key: `docker:${containerId}`,
    search: "page",
    searchLabel: "Search",
    streams: true,
    tailLabel: "Tail",
    tailChoices: DOCKER_TAILS.map((n) => ({ value: n, label: `${n.toLocaleString("en")} lines` })),
    sinceChoices: DOCKER_SINCE,
    defaults: { tail: 1_000, since: "" },
    jsonUrl: (query) => url(query),
    followUrl: (query, resumeSince) =>
      resumeSince
        ? url({ ...query, tail: VIEW_CAPACITY }, { follow: "true", since: resumeSince })
        : url(query, { follow: "true" }),
    downloadUrl: (_query, showTime) => `${base}/download${showTime ? "?timestamps=true" : ""}`,
    probeUrl: (query) => url({ ...query, tail: 0 }),
    read: (body) => ({ entries: body as LogEntry[] }),
    entry: (data) => data as LogEntry,
  };
}
