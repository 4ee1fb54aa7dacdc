"use client";

import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { onEngineChange } from "@/lib/client/engine-choice";
import {
  isWatched,
  onWatchChange,
  recordEnd,
  recordSample,
  watchedIds,
} from "@/lib/client/live-stats";
import { dockerKeys, healthKey, keysForEventType } from "@/lib/client/query-keys";
import type { EngineEvent } from "@/lib/events/types";
import type { StatsEnd, StatsSample } from "@/lib/stats/types";

// One live stream per tab (GET /api/live): engine events and the stats of the
// containers on screen. Bursts of events (a build fires dozens) are merged: the kinds
// touched within a short window are refreshed once. When the set of containers on
// screen changes, or a watched one starts again, the stream re-opens (debounced).
// When it fails (engine down) it reconnects with backoff and, once back, refreshes
// everything, since events were missed meanwhile. A switch of engine re-opens it.

const MERGE_WINDOW_MS = 250;
const REOPEN_MS = 300;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

export function LiveEvents() {
  const queryClient = useQueryClient();
  useEffect(() => startLiveEvents(queryClient), [queryClient]);
  return null;
}

function startLiveEvents(queryClient: QueryClient): () => void {
  let source: EventSource | undefined;
  let openIds = "";
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;
  const touched = new Set<string>();

  const flush = () => {
    flushTimer = undefined;
    for (const type of touched) {
      for (const key of keysForEventType(type)) queryClient.invalidateQueries({ queryKey: key });
    }
    touched.clear();
  };

  const reconnectLater = () => {
    source?.close();
    if (stopped) return;
    clearTimeout(retryTimer);
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 10_000;
    attempt += 1;
    retryTimer = setTimeout(connect, delay);
  };

  const reopenSoon = (force: boolean) => {
    clearTimeout(reopenTimer);
    reopenTimer = setTimeout(() => {
      if (stopped || attempt > 0) return;
      if (force || watchedIds().join(",") !== openIds) connect();
    }, REOPEN_MS);
  };

  const onEngineEvent = (event: EngineEvent) => {
    touched.add(event.type);
    flushTimer ??= setTimeout(flush, MERGE_WINDOW_MS);
    // A stopped container's stats stream has ended: a new start needs a new one.
    if (event.type === "container" && event.action === "start" && isWatched(event.id)) {
      reopenSoon(true);
    }
  };

  function connect() {
    source?.close();
    openIds = watchedIds().join(",");
    const query = openIds ? `?stats=${encodeURIComponent(openIds)}` : "";
    const opened = new EventSource(`/api/live${query}`);
    source = opened;
    opened.onopen = () => {
      if (attempt > 0) {
        queryClient.invalidateQueries({ queryKey: dockerKeys.all });
        queryClient.invalidateQueries({ queryKey: healthKey });
      }
      attempt = 0;
    };
    opened.addEventListener("engine", (message) => onEngineEvent(JSON.parse(message.data)));
    opened.addEventListener("stats", (message) => {
      const { id, sample } = JSON.parse(message.data) as { id: string; sample: StatsSample };
      recordSample(id, sample);
    });
    opened.addEventListener("stats-end", (message) => {
      const { id, ...end } = JSON.parse(message.data) as { id: string } & StatsEnd;
      recordEnd(id, end);
    });
    opened.addEventListener("failure", () => {
      queryClient.invalidateQueries({ queryKey: healthKey });
      reconnectLater();
    });
    opened.addEventListener("end", reconnectLater);
    opened.onerror = reconnectLater;
  }

  const leaveWatch = onWatchChange(() => reopenSoon(false));
  // Another engine: its events and stats come on a new stream (the cookie names it).
  const leaveEngine = onEngineChange(() => {
    attempt = 0;
    clearTimeout(retryTimer);
    connect();
  });
  connect();
  return () => {
    stopped = true;
    leaveWatch();
    leaveEngine();
    source?.close();
    clearTimeout(retryTimer);
    clearTimeout(reopenTimer);
    clearTimeout(flushTimer);
  };
}
