import "server-only";
import { toAppError } from "@/lib/http/responses";
import { translateError } from "@/lib/http/translate";
import { log } from "@/lib/log";
import { followEngineStats } from "@/lib/stats/engine-stats";
import { type EngineStats, toStatsSample } from "@/lib/stats/math";
import type { StatsEnd, StatsSample } from "@/lib/stats/types";

// One engine stats stream per container, shared by every subscriber (the list's
// rows in several tabs, a container's page, the stats route). The engine takes 1-2 s
// for a one-shot reading, so a stream is kept while anyone watches, and a little
// longer: a tab that re-opens its live stream with another set of rows finds the
// streams of the rows it kept still warm.

export type StatsUpdate = { sample: StatsSample } | { end: StatsEnd };
export type StatsListener = (update: StatsUpdate) => void;
type Opener = (id: string, signal: AbortSignal) => AsyncIterable<EngineStats>;

interface Feed {
  listeners: Set<StatsListener>;
  abort: AbortController;
  last: StatsSample | null;
  linger: ReturnType<typeof setTimeout> | null;
}

export interface StatsHub {
  /**
   * Calls `listener` with every sample of container `id` on engine `engine`, then once
   * with the end; returns the unsubscribe. The first subscriber's async context opens
   * the engine stream, so it is opened on that request's engine.
   */
  subscribe(id: string, engine: string, listener: StatsListener): () => void;
  /** Engine and container (`engine/id`) of each open engine stream. */
  feeds(): string[];
}

export const LINGER_MS = 3_000;

export function createStatsHub(open: Opener, lingerMs = LINGER_MS): StatsHub {
  const feeds = new Map<string, Feed>();

  const stop = (id: string, feed: Feed) => {
    if (feeds.get(id) === feed) feeds.delete(id);
    feed.abort.abort();
  };

  const broadcast = (feed: Feed, update: StatsUpdate) => {
    for (const listener of [...feed.listeners]) listener(update);
  };

  const pump = async (key: string, id: string, feed: Feed) => {
    const { signal } = feed.abort;
    let end: StatsEnd = { kind: "end" };
    try {
      for await (const raw of open(id, signal)) {
        if (signal.aborted) break;
        feed.last = toStatsSample(raw);
        broadcast(feed, { sample: feed.last });
      }
    } catch (error) {
      const appError = toAppError(translateError(error));
      end = { kind: "failure", code: appError.code, message: appError.message };
    }
    if (feeds.get(key) === feed) feeds.delete(key);
    if (signal.aborted) return;
    log.debug("stats stream ended", { key, end: end.kind });
    broadcast(feed, { end });
    feed.listeners.clear();
  };

  return {
    subscribe(id, engine, listener) {
      // Container ids are per engine: two engines may hold the same id.
      const key = `${engine}/${id}`;
      let feed = feeds.get(key);
      if (!feed) {
        feed = { listeners: new Set(), abort: new AbortController(), last: null, linger: null };
        feeds.set(key, feed);
        void pump(key, id, feed);
      }
      const mine = feed;
      if (mine.linger) clearTimeout(mine.linger);
      mine.linger = null;
      mine.listeners.add(listener);
      if (mine.last) listener({ sample: mine.last });
      return () => {
        if (!mine.listeners.delete(listener) || mine.listeners.size > 0) return;
        mine.linger = setTimeout(() => stop(key, mine), lingerMs);
      };
    },
    feeds: () => [...feeds.keys()],
  };
}

// Kept on globalThis: Next bundles each route apart, and module state is per bundle.
const state = globalThis as typeof globalThis & { __slipwayStatsHub?: StatsHub };

export function statsHub(): StatsHub {
  state.__slipwayStatsHub ??= createStatsHub(followEngineStats);
  return state.__slipwayStatsHub;
}
