import "server-only";
import { mapLimited } from "@/lib/aws/paging";
import { type CloudWatchCalls, channelsOf } from "@/lib/ecs-logs/cloudwatch";
import { type FollowProgress, filterAll, SeenEvents } from "@/lib/ecs-logs/filter";
import { sourceByStream, toLine } from "@/lib/ecs-logs/lines";
import { readNewest } from "@/lib/ecs-logs/reader";
import { logsFound, noLogsYet } from "@/lib/ecs-logs/stream-names";
import type { EcsLogLine, EcsLogSource, EcsLogsAnswer } from "@/lib/ecs-logs/types";

// One read of a task's or service's logs over a time range: the newest `limit`
// lines. One stream without a filter is read with GetLogEvents; several streams,
// or any search, with FilterLogEvents, where CloudWatch does the searching.

export interface LogRange {
  since: number;
  until: number | null;
  filter: string | null;
  limit: number;
}

/** Where a follow goes on from after the read. */
export type Continuation =
  | { mode: "stream"; source: EcsLogSource; token: string | undefined; exists: boolean }
  | { mode: "filter"; progress: FollowProgress };

/** Events scanned at most per read; past it the range is too wide to show whole. */
export const MAX_SCANNED = 50_000;
const CHECKS_AT_ONCE = 4;

/** One stream and no search: the only case a follow tails by forward token. */
export const tailsOneStream = (sources: readonly EcsLogSource[], filter: string | null) =>
  !filter && sources.filter((s) => s.state === "ok").length === 1;

export async function readEcsLogs(
  calls: CloudWatchCalls,
  planned: readonly EcsLogSource[],
  range: LogRange,
  signal: AbortSignal,
): Promise<{ answer: EcsLogsAnswer; continuation: Continuation }> {
  const times = {
    tasks: new Set(planned.map((s) => s.taskId)).size,
    since: new Date(range.since).toISOString(),
    until: range.until === null ? null : new Date(range.until).toISOString(),
  };
  const window = { startTime: range.since, endTime: range.until ?? undefined };

  if (tailsOneStream(planned, range.filter)) {
    const index = planned.findIndex((s) => s.state === "ok");
    const source = planned[index] as EcsLogSource;
    const newest = await readNewest(calls.pages(source), { ...window, limit: range.limit }, signal);
    const sources = [...planned];
    if (newest.missing) sources[index] = await missingSource(calls, source);
    return {
      answer: {
        ...times,
        sources,
        lines: newest.events.map((e) => toLine(e, source)),
        truncated: newest.truncated,
      },
      continuation: {
        mode: "stream",
        source,
        token: newest.forwardToken,
        exists: !newest.missing,
      },
    };
  }

  const sources = await checkStreams(calls, planned);
  const seen = new SeenEvents();
  const lines: EcsLogLine[] = [];
  let scanned = 0;
  for (const channel of channelsOf(sources)) {
    const owner = sourceByStream(sources);
    const request = { ...window, filterPattern: range.filter ?? undefined };
    for await (const batch of filterAll(calls.filter(channel), request, signal, seen)) {
      for (const event of batch) {
        const source = owner(channel.group, event);
        if (source) lines.push(toLine(event, source));
      }
      scanned += batch.length;
      if (scanned >= MAX_SCANNED) break;
    }
  }
  lines.sort((a, b) => a.timestamp - b.timestamp);
  const newest = lines.reduce((max, line) => Math.max(max, line.timestamp), range.since);
  return {
    answer: {
      ...times,
      sources,
      lines: lines.slice(-range.limit),
      truncated: lines.length > range.limit || scanned >= MAX_SCANNED,
    },
    continuation: { mode: "filter", progress: { seen, newest } },
  };
}

/** Marks the awslogs sources whose streams do not exist yet; the rest stay as they are. */
export async function checkStreams(
  calls: CloudWatchCalls,
  sources: readonly EcsLogSource[],
): Promise<EcsLogSource[]> {
  return mapLimited(sources, CHECKS_AT_ONCE, async (source) => {
    if (source.state !== "ok" && source.state !== "no-logs-yet") return source;
    const check = await calls.check(source);
    return check === "exists" ? logsFound(source) : noLogsYet(source, check === "no-group");
  });
}

async function missingSource(calls: CloudWatchCalls, source: EcsLogSource) {
  const check = await calls.check(source);
  return check === "exists" ? source : noLogsYet(source, check === "no-group");
}
