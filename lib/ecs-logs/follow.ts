import "server-only";
import type { ThrottleNotice } from "@/lib/aws/throttle";
import { type CloudWatchCalls, channelsOf } from "@/lib/ecs-logs/cloudwatch";
import { type FollowProgress, filterAll, followFiltered } from "@/lib/ecs-logs/filter";
import { sourceByStream, toLine } from "@/lib/ecs-logs/lines";
import { mergeSources } from "@/lib/ecs-logs/merge";
import { type Continuation, checkStreams, type LogRange, readEcsLogs } from "@/lib/ecs-logs/read";
import { tailStream } from "@/lib/ecs-logs/reader";
import { logsFound, noLogsYet } from "@/lib/ecs-logs/stream-names";
import type { EcsLogSource } from "@/lib/ecs-logs/types";
import { onAbort, pause } from "@/lib/http/abort";
import type { SseMessage } from "@/lib/http/streams";

// A live tail of a task's or a service's logs as Server-Sent Events: first the
// newest lines of the range, then new lines as CloudWatch gets them, polled every
// two seconds. Streams that do not exist yet are looked for again now and then; a
// service's tasks are looked up again too, so a new deployment's tasks join in.
// Events: `sources` (where each container logs, and whether it has logs yet),
// message events (one line each), `notice` (throttled, retrying; lines left out).

export const POLL_MS = 2_000;
/** How often streams not there yet are looked for again. */
const RECHECK_MS = 10_000;

export interface FollowSettings {
  range: Omit<LogRange, "until">;
  /** Looks the sources up again (a service's tasks change); null when they cannot. */
  replan: (() => Promise<EcsLogSource[]>) | null;
  replanEvery: number;
}

export function throttleNotice(notice: ThrottleNotice): SseMessage {
  return {
    event: "notice",
    data: {
      message:
        `Rate limited by AWS (${notice.service} ${notice.operation}), retrying: attempt ` +
        `${notice.attempt + 1} of ${notice.maxAttempts}`,
    },
  };
}

export async function* followEcsLogs(
  calls: CloudWatchCalls,
  planned: EcsLogSource[],
  settings: FollowSettings,
  signal: AbortSignal,
): AsyncGenerator<SseMessage> {
  const range = { ...settings.range, until: null };
  const { answer, continuation } = await readEcsLogs(calls, planned, range, signal);
  yield { event: "sources", data: answer.sources };
  for (const line of answer.lines) yield { data: line };
  if (answer.truncated) {
    yield {
      event: "notice",
      data: { message: `Only the newest ${range.limit} lines of the range are shown` },
    };
  }
  if (continuation.mode === "stream") {
    yield* tailOne(calls, answer.sources, continuation, range.since, signal);
    return;
  }
  yield* followMany(calls, answer.sources, continuation.progress, settings, signal);
}

async function* tailOne(
  calls: CloudWatchCalls,
  sources: EcsLogSource[],
  start: Extract<Continuation, { mode: "stream" }>,
  since: number,
  signal: AbortSignal,
): AsyncGenerator<SseMessage> {
  const source = start.source;
  const index = sources.findIndex((s) => s.stream === source.stream && s.group === source.group);
  const tail = tailStream(
    calls.pages(source),
    { startTime: since, token: start.token, exists: start.exists },
    { intervalMs: POLL_MS, signal },
  );
  for await (const item of tail) {
    if ("events" in item) {
      for (const event of item.events) yield { data: toLine(event, source) };
      continue;
    }
    sources[index] = item.exists ? logsFound(source) : noLogsYet(source, false);
    yield { event: "sources", data: sources };
  }
}

async function* followMany(
  calls: CloudWatchCalls,
  first: EcsLogSource[],
  progress: FollowProgress,
  settings: FollowSettings,
  signal: AbortSignal,
): AsyncGenerator<SseMessage> {
  let sources = first;
  for (let count = 1; !signal.aborted; count += 1) {
    // A round follows the streams known now; between rounds, new ones are looked for.
    yield* followRound(calls, sources, progress, settings.range, signal);
    if (signal.aborted) return;

    const replan = settings.replan && count % settings.replanEvery === 0 ? settings.replan : null;
    const next = await lookAgain(calls, sources, replan);
    if (JSON.stringify(next) === JSON.stringify(sources)) continue;
    const before = new Set(sources.filter((s) => s.state === "ok").map((s) => s.stream));
    sources = next;
    yield { event: "sources", data: sources };
    const appeared = sources.filter((s) => s.state === "ok" && !before.has(s.stream));
    yield* catchUp(calls, appeared, progress, settings.range, signal);
  }
}

/** Follows the streams of `sources` for RECHECK_MS (or until the client goes). */
async function* followRound(
  calls: CloudWatchCalls,
  sources: EcsLogSource[],
  progress: FollowProgress,
  range: FollowSettings["range"],
  signal: AbortSignal,
): AsyncGenerator<SseMessage> {
  const round = roundOf(signal, RECHECK_MS);
  try {
    const owner = sourceByStream(sources);
    const start = { since: range.since, filterPattern: range.filter ?? undefined, progress };
    const timing = { intervalMs: POLL_MS, signal: round.signal };
    const followers = channelsOf(sources).map((channel) =>
      tagged(
        channel.group,
        followFiltered(calls.filter(channel), { ...start, exists: true }, timing),
      ),
    );
    if (followers.length === 0) await pause(RECHECK_MS, signal);
    for await (const { group, item } of mergeSources(followers)) {
      if (!("events" in item)) continue;
      for (const event of item.events) {
        const source = owner(group, event);
        if (source) yield { data: toLine(event, source) };
      }
    }
  } finally {
    round.end();
  }
}

/**
 * Streams that appeared since the follow began are read once from `since`: a poll
 * reaches back only a little before the newest event, and their first lines may be
 * older than that.
 */
async function* catchUp(
  calls: CloudWatchCalls,
  appeared: EcsLogSource[],
  progress: FollowProgress,
  range: FollowSettings["range"],
  signal: AbortSignal,
): AsyncGenerator<SseMessage> {
  const owner = sourceByStream(appeared);
  const request = { startTime: range.since, filterPattern: range.filter ?? undefined };
  for (const channel of channelsOf(appeared)) {
    for await (const events of filterAll(calls.filter(channel), request, signal, progress.seen)) {
      for (const event of events) {
        progress.newest = Math.max(progress.newest, event.timestamp);
        const source = owner(channel.group, event);
        if (source) yield { data: toLine(event, source) };
      }
    }
  }
}

/** New sources of a new plan are checked; of the known ones, only those without logs yet. */
async function lookAgain(
  calls: CloudWatchCalls,
  known: EcsLogSource[],
  replan: (() => Promise<EcsLogSource[]>) | null,
): Promise<EcsLogSource[]> {
  const key = (s: EcsLogSource) => `${s.taskId}/${s.container}`;
  const byKey = new Map(known.map((s) => [key(s), s]));
  const planned = replan ? await replan() : known;
  const fresh = planned.map((s) => {
    const old = byKey.get(key(s));
    return old && old.state !== "no-logs-yet" ? old : s;
  });
  const toCheck = fresh.filter((s) => {
    const old = byKey.get(key(s));
    return !old || old.state === "no-logs-yet";
  });
  const checked = new Map((await checkStreams(calls, toCheck)).map((s) => [key(s), s]));
  return fresh.map((s) => checked.get(key(s)) ?? s);
}

/**
 * A signal that fires after `ms` or with `outer`. Made by hand: a timeout signal
 * combined with AbortSignal.any() is held only weakly, and may be collected
 * before it ever fires.
 */
function roundOf(outer: AbortSignal, ms: number) {
  const controller = new AbortController();
  const stop = () => controller.abort();
  const timer = setTimeout(stop, ms);
  const forget = onAbort(outer, stop);
  const end = () => {
    clearTimeout(timer);
    forget();
  };
  return { signal: controller.signal, end };
}

async function* tagged<T>(group: string, items: AsyncIterable<T>) {
  for await (const item of items) yield { group, item };
}
