import "server-only";
import type { ThrottleNotice } from "@/lib/aws/throttle";
import { type CloudWatchCalls, channelsOf } from "@/lib/ecs-logs/cloudwatch";
import { type FollowProgress, followFiltered } from "@/lib/ecs-logs/filter";
import { sourceByStream, toLine } from "@/lib/ecs-logs/lines";
import { mergeSources } from "@/lib/ecs-logs/merge";
import { type Continuation, checkStreams, type LogRange, readEcsLogs } from "@/lib/ecs-logs/read";
import { pause, tailStream } from "@/lib/ecs-logs/reader";
import { logsFound, noLogsYet } from "@/lib/ecs-logs/stream-names";
import type { EcsLogSource } from "@/lib/ecs-logs/types";
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
  for (let round = 1; !signal.aborted; round += 1) {
    // A round follows the streams known now; between rounds, new ones are looked for.
    const roundSignal = AbortSignal.any([signal, AbortSignal.timeout(RECHECK_MS)]);
    const owner = sourceByStream(sources);
    const followers = channelsOf(sources).map((channel) => {
      const start = {
        since: settings.range.since,
        filterPattern: settings.range.filter ?? undefined,
        progress,
        exists: true,
      };
      const timing = { intervalMs: POLL_MS, signal: roundSignal };
      return tagged(channel.group, followFiltered(calls.filter(channel), start, timing));
    });
    if (followers.length === 0) await pause(RECHECK_MS, signal);
    for await (const { group, item } of mergeSources(followers)) {
      if (!("events" in item)) continue;
      for (const event of item.events) {
        const source = owner(group, event);
        if (source) yield { data: toLine(event, source) };
      }
    }
    if (signal.aborted) return;

    const replan = settings.replan && round % settings.replanEvery === 0 ? settings.replan : null;
    const next = await lookAgain(calls, sources, replan);
    if (JSON.stringify(next) !== JSON.stringify(sources)) {
      sources = next;
      yield { event: "sources", data: sources };
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

async function* tagged<T>(group: string, items: AsyncIterable<T>) {
  for await (const item of items) yield { group, item };
}
