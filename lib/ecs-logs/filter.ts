import { MAX_PAGES, type StreamEvent, type Timing } from "@/lib/ecs-logs/reader";
import { pause } from "@/lib/http/abort";

// Reading several streams at once with FilterLogEvents, interleaved by time (E4).
// Search is CloudWatch's: the filter pattern goes to AWS with the time range. Pages
// are followed to the last nextToken (an empty page with a token is not the end),
// and events are told apart by eventId: a follow asks again from a little before
// the newest event it has, so that events that reach CloudWatch late are not
// missed, and the ids keep those it already gave from coming twice. Pure.

export interface FilteredEvent extends StreamEvent {
  eventId: string;
  logStreamName: string;
}

export interface FilterRequest {
  startTime?: number | undefined;
  endTime?: number | undefined;
  filterPattern?: string | undefined;
  nextToken?: string | undefined;
}

/** One FilterLogEvents call; null when the log group does not exist (yet). */
export type FilterPage = (
  request: FilterRequest,
) => Promise<{ events: FilteredEvent[]; nextToken?: string | undefined } | null>;

/** Event ids already given, with their times so old ones can be forgotten. */
export class SeenEvents {
  private readonly ids = new Map<string, number>();

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(event: FilteredEvent): void {
    this.ids.set(event.eventId, event.timestamp);
  }

  /** Forgets ids of events before `timestamp`: no later request reaches back to them. */
  forgetBefore(timestamp: number): void {
    for (const [id, time] of this.ids) if (time < timestamp) this.ids.delete(id);
  }

  get size(): number {
    return this.ids.size;
  }
}

/** Every event of the range, page by page, each at most once. */
export async function* filterAll(
  filterPage: FilterPage,
  request: Omit<FilterRequest, "nextToken">,
  signal: AbortSignal,
  seen: SeenEvents = new SeenEvents(),
): AsyncGenerator<FilteredEvent[], { missing: boolean }> {
  const tokens = new Set<string>();
  let nextToken: string | undefined;
  for (let page = 0; page < MAX_PAGES && !signal.aborted; page += 1) {
    const answer = await filterPage({ ...request, nextToken });
    if (!answer) return { missing: true };
    const fresh = answer.events.filter((event) => !seen.has(event.eventId));
    for (const event of fresh) seen.add(event);
    if (fresh.length > 0) yield fresh;
    nextToken = answer.nextToken || undefined;
    if (!nextToken || tokens.has(nextToken)) return { missing: false };
    tokens.add(nextToken);
  }
  return { missing: false };
}

export interface FollowProgress {
  seen: SeenEvents;
  /** The newest event time given so far. */
  newest: number;
}

export type FilterFollowItem = { events: FilteredEvent[] } | { exists: boolean };

/** How far back each poll reaches before the newest event seen. */
export const LATE_EVENTS_MS = 15_000;

/**
 * Follows the streams `filterPage` covers from `since`: polls every `intervalMs`,
 * yields events not seen before, and `{exists}` when the group appears or goes.
 */
export async function* followFiltered(
  filterPage: FilterPage,
  start: {
    since: number;
    filterPattern?: string | undefined;
    /** Shared with the caller, so a later follow goes on where this one stopped. */
    progress?: FollowProgress;
    exists: boolean;
  },
  timing: Timing,
): AsyncGenerator<FilterFollowItem> {
  const sleep = timing.sleep ?? pause;
  const progress = start.progress ?? { seen: new SeenEvents(), newest: start.since };
  const seen = progress.seen;
  let exists = start.exists;
  while (!timing.signal.aborted) {
    const from = Math.max(start.since, progress.newest - LATE_EVENTS_MS);
    seen.forgetBefore(from);
    const request = { startTime: from, filterPattern: start.filterPattern };
    const pages = filterAll(filterPage, request, timing.signal, seen);
    let step = await pages.next();
    while (!step.done) {
      for (const event of step.value) progress.newest = Math.max(progress.newest, event.timestamp);
      yield { events: step.value };
      step = await pages.next();
    }
    if (step.value.missing === exists) {
      exists = !step.value.missing;
      yield { exists };
    }
    await sleep(timing.intervalMs, timing.signal);
  }
}
