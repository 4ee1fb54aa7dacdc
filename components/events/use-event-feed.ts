"use client";

import { useEffect, useState } from "react";
import type { EngineEvent } from "@/lib/events/types";
import { EventBuffer } from "./event-buffer";

// Feeds an EventBuffer from GET /api/docker/events. The chosen types go to the
// server, which passes them to the engine as its filter; the first connection asks
// for the last hour (the engine replays what it still holds), a reconnect for what
// came after the newest event held. Arrivals are added once per 100 ms, so a burst
// (a build) costs a few renders.

export type FeedState = "connecting" | "live" | "reconnecting";

const FLUSH_MS = 100;
const HISTORY_S = 3_600;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];

export function eventsUrl(types: readonly string[], since: number): string {
  const query = new URLSearchParams({ since: String(since) });
  if (types.length > 0) query.set("type", types.join(","));
  return `/api/docker/events?${query}`;
}

export function useEventFeed(types: readonly string[]) {
  const [buffer] = useState(() => new EventBuffer());
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<FeedState>("connecting");
  const [failure, setFailure] = useState<string | null>(null);
  const typeKey = types.join(",");

  useEffect(() => {
    const bump = () => setRevision((r) => r + 1);
    buffer.clear();
    bump();
    return follow(typeKey ? typeKey.split(",") : [], buffer, { bump, setState, setFailure });
  }, [buffer, typeKey]);

  const control = {
    pause: () => {
      buffer.pause();
      setRevision((r) => r + 1);
    },
    resume: () => {
      buffer.resume();
      setRevision((r) => r + 1);
    },
    clear: () => {
      buffer.clear();
      setRevision((r) => r + 1);
    },
  };
  return { buffer, revision, state, failure, ...control };
}

interface Sinks {
  bump: () => void;
  setState: (state: FeedState) => void;
  setFailure: (message: string | null) => void;
}

function follow(types: string[], buffer: EventBuffer, sinks: Sinks): () => void {
  let source: EventSource | undefined;
  let pending: EngineEvent[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;

  const flush = () => {
    flushTimer = undefined;
    buffer.add(pending);
    pending = [];
    sinks.bump();
  };
  const reconnectLater = (why: string) => {
    source?.close();
    if (stopped) return;
    sinks.setState("reconnecting");
    sinks.setFailure(why);
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 10_000;
    attempt += 1;
    retryTimer = setTimeout(connect, delay);
  };

  function connect() {
    const last = buffer.lastTime;
    const since =
      last === null ? Math.floor(Date.now() / 1000) - HISTORY_S : Math.floor(last / 1000);
    source = new EventSource(eventsUrl(types, since));
    source.onopen = () => {
      attempt = 0;
      sinks.setState("live");
      sinks.setFailure(null);
    };
    source.onmessage = (message) => {
      pending.push(JSON.parse(message.data) as EngineEvent);
      flushTimer ??= setTimeout(flush, FLUSH_MS);
    };
    source.addEventListener("failure", (message) => {
      const { message: text } = JSON.parse((message as MessageEvent).data) as { message: string };
      reconnectLater(text);
    });
    source.addEventListener("end", () => reconnectLater("The engine ended the event stream"));
    source.onerror = () => reconnectLater("The connection to Slipway dropped");
  }

  connect();
  return () => {
    stopped = true;
    source?.close();
    clearTimeout(retryTimer);
    if (flushTimer) clearTimeout(flushTimer);
  };
}
