import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { cloudWatchCalls } from "@/lib/ecs-logs/cloudwatch";
import { followEcsLogs, throttleNotice } from "@/lib/ecs-logs/follow";
import { mergeSources, PushQueue } from "@/lib/ecs-logs/merge";
import { DEFAULT_SINCE_MS, type EcsLogQuery } from "@/lib/ecs-logs/options";
import { readEcsLogs } from "@/lib/ecs-logs/read";
import type { LogPlan } from "@/lib/ecs-logs/targets";
import { trackStream } from "@/lib/http/stream-registry";
import { type SseMessage, sse } from "@/lib/http/streams";

// The answer of a log route: JSON for one read, Server-Sent Events for a follow.
// The tasks are looked up before either starts, so an unknown task or service is
// an ordinary 404, not a failure event.

/** A service's tasks are looked up again every third recheck (about 30 s). */
const REPLAN_EVERY = 3;

export async function ecsLogsAnswer(
  req: Request,
  aws: AwsClients,
  plan: () => Promise<LogPlan>,
  query: EcsLogQuery,
  options: { replan: boolean },
) {
  const first = await plan();
  const range = {
    since: query.since ?? Date.now() - DEFAULT_SINCE_MS,
    until: query.until ?? null,
    filter: query.filter ?? null,
    limit: query.limit,
  };
  if (!query.follow) {
    const calls = cloudWatchCalls(aws, req.signal);
    return (await readEcsLogs(calls, first.sources, range, req.signal)).answer;
  }

  return sse(req, async function* (signal) {
    const release = trackStream();
    const notices = new PushQueue<SseMessage>();
    const calls = cloudWatchCalls(aws, signal, (notice) => notices.push(throttleNotice(notice)));
    const settings = {
      range,
      replan: options.replan ? async () => (await plan()).sources : null,
      replanEvery: REPLAN_EVERY,
    };
    try {
      const logs = followEcsLogs(calls, first.sources, settings, signal);
      yield* mergeSources([closingWith(logs, notices), notices]);
    } finally {
      notices.close();
      release();
    }
  });
}

/** Yields what `items` gives and closes `queue` when it ends, so the merge can end. */
async function* closingWith<T>(items: AsyncIterable<T>, queue: PushQueue<T>): AsyncGenerator<T> {
  try {
    yield* items;
  } finally {
    queue.close();
  }
}
