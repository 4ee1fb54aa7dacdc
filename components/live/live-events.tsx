"use client";

import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { dockerKeys, healthKey, keysForEventType } from "@/lib/client/query-keys";

// One engine-event stream per tab. Bursts (a build fires dozens of events) are
// merged: the kinds touched within a short window are refreshed once. When the
// stream fails (engine down) it reconnects with backoff and, once back, refreshes
// everything, since events were missed meanwhile.

const MERGE_WINDOW_MS = 250;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

export function LiveEvents() {
  const queryClient = useQueryClient();
  useEffect(() => startLiveEvents(queryClient), [queryClient]);
  return null;
}

function startLiveEvents(queryClient: QueryClient): () => void {
  let source: EventSource | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
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
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 10_000;
    attempt += 1;
    retryTimer = setTimeout(connect, delay);
  };

  function connect() {
    source = new EventSource("/api/docker/events");
    source.onopen = () => {
      if (attempt > 0) {
        queryClient.invalidateQueries({ queryKey: dockerKeys.all });
        queryClient.invalidateQueries({ queryKey: healthKey });
      }
      attempt = 0;
    };
    source.onmessage = (message) => {
      const event = JSON.parse(message.data) as { type: string };
      touched.add(event.type);
      flushTimer ??= setTimeout(flush, MERGE_WINDOW_MS);
    };
    source.addEventListener("failure", () => {
      queryClient.invalidateQueries({ queryKey: healthKey });
      reconnectLater();
    });
    source.addEventListener("end", reconnectLater);
    source.onerror = reconnectLater;
  }

  connect();
  return () => {
    stopped = true;
    source?.close();
    clearTimeout(retryTimer);
    clearTimeout(flushTimer);
  };
}
