// Reading one CloudWatch log stream with GetLogEvents (case E4). The end of a
// stream answers the forward token that was sent; empty pages happen before the
// end too, so only that token says "done". A live tail keeps asking from the last
// forward token, which is also what keeps it from showing a line twice. Pure: the
// call is passed in, so fakes can test it.

import { pause } from "@/lib/http/abort";

export interface StreamEvent {
  timestamp: number;
  message: string;
}

export interface StreamPage {
  events: StreamEvent[];
  nextForwardToken?: string | undefined;
  nextBackwardToken?: string | undefined;
}

export interface PageRequest {
  nextToken?: string | undefined;
  startFromHead: boolean;
  startTime?: number | undefined;
  endTime?: number | undefined;
  limit?: number | undefined;
}

/** One GetLogEvents call; null when the stream (or its group) does not exist yet. */
export type GetPage = (request: PageRequest) => Promise<StreamPage | null>;

export interface TimeRange {
  startTime?: number | undefined;
  endTime?: number | undefined;
}

export interface ReadEnd {
  /** The forward token to go on from; undefined when the stream is missing. */
  token: string | undefined;
  missing: boolean;
}

/** A stop for a stream that hands out new tokens forever. */
export const MAX_PAGES = 10_000;
/** GetLogEvents' own ceiling on `limit`. */
export const PAGE_LIMIT = 10_000;

/** Reads forward from `token` (or the head) to the end, yielding each page's events. */
export async function* readForward(
  getPage: GetPage,
  from: TimeRange & { token?: string | undefined },
  signal: AbortSignal,
): AsyncGenerator<StreamEvent[], ReadEnd> {
  let token = from.token;
  for (let page = 0; page < MAX_PAGES && !signal.aborted; page += 1) {
    const answer = await getPage({ ...range(from), nextToken: token, startFromHead: true });
    if (!answer) return { token, missing: true };
    if (answer.events.length > 0) yield answer.events;
    const next = answer.nextForwardToken;
    if (!next || next === token) return { token: next ?? token, missing: false };
    token = next;
  }
  return { token, missing: false };
}

export interface NewestEvents {
  events: StreamEvent[];
  /** Where a tail goes on from: just after the newest event. */
  forwardToken: string | undefined;
  truncated: boolean;
  missing: boolean;
}

/** The newest `limit` events of the range, read backwards from the end. */
export async function readNewest(
  getPage: GetPage,
  within: TimeRange & { limit: number },
  signal: AbortSignal,
): Promise<NewestEvents> {
  const limit = Math.max(1, within.limit);
  const first = await getPage({
    ...range(within),
    startFromHead: false,
    limit: Math.min(limit, PAGE_LIMIT),
  });
  if (!first) return { events: [], forwardToken: undefined, truncated: false, missing: true };
  let events = first.events;
  let token = first.nextBackwardToken;
  for (let page = 0; events.length < limit && token && page < MAX_PAGES; page += 1) {
    if (signal.aborted) break;
    const answer = await getPage({
      ...range(within),
      nextToken: token,
      startFromHead: false,
      limit: Math.min(limit - events.length, PAGE_LIMIT),
    });
    if (!answer) break;
    events = [...answer.events, ...events];
    const next = answer.nextBackwardToken;
    token = !next || next === token ? undefined : next;
  }
  return {
    events: events.slice(-limit),
    forwardToken: first.nextForwardToken,
    truncated: events.length > limit || (token !== undefined && events.length >= limit),
    missing: false,
  };
}

export type TailItem = { events: StreamEvent[] } | { exists: boolean };

export interface Timing {
  intervalMs: number;
  signal: AbortSignal;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * Follows one stream from `start.token`: polls to the end every `intervalMs`,
 * yielding new events, and `{exists}` when the stream appears or goes. A stream
 * missing at the start is read from `startTime` once it appears.
 */
export async function* tailStream(
  getPage: GetPage,
  start: TimeRange & { token: string | undefined; exists: boolean },
  timing: Timing,
): AsyncGenerator<TailItem> {
  const sleep = timing.sleep ?? pause;
  let token = start.token;
  let exists = start.exists;
  while (!timing.signal.aborted) {
    const pages = readForward(getPage, { ...range(start), token }, timing.signal);
    let step = await pages.next();
    while (!step.done) {
      yield { events: step.value };
      step = await pages.next();
    }
    if (step.value.missing === exists) {
      exists = !step.value.missing;
      yield { exists };
    }
    token = step.value.token;
    await sleep(timing.intervalMs, timing.signal);
  }
}

const range = (r: TimeRange): TimeRange => ({ startTime: r.startTime, endTime: r.endTime });
