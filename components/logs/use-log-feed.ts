"use client";

import { useEffect, useState } from "react";
import { LogBuffer, type LogEntry } from "@/components/logs/log-buffer";
import { ApiError, getJson, seg } from "@/lib/client/api";

// Feeds a LogBuffer from the logs API: one JSON read, or a follow over Server-Sent
// Events. Lines arriving in a burst are added in one go per frame of time, so a
// container writing thousands of lines a second costs a few renders, not thousands.
// A follow that drops (Slipway restarted, network) reconnects by itself and asks for
// the lines after the last one it has; `end` and `failure` close it for good.

export interface FeedSettings {
  containerId: string;
  tail: number;
  /** A duration such as "10m", or "" for the whole range the tail allows. */
  since: string;
  follow: boolean;
}

export type FeedState = "loading" | "following" | "reconnecting" | "ended" | "loaded";

export interface ContainerStatus {
  state: "running" | "stopped" | "removed";
  exitCode: number | null;
  time: string;
}

const FLUSH_MS = 100;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];
const FINAL_CODES = new Set(["not_found", "invalid_input", "forbidden", "unauthorized"]);

export function logsUrl(settings: FeedSettings, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    tail: String(settings.tail),
    timestamps: "true",
    ...(settings.since && { since: settings.since }),
    ...extra,
  });
  return `/api/docker/containers/${seg(settings.containerId)}/logs?${query}`;
}

export function useLogFeed(settings: FeedSettings) {
  const [buffer] = useState(() => new LogBuffer());
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<FeedState>("loading");
  const [error, setError] = useState<unknown>(null);
  const [container, setContainer] = useState<ContainerStatus | null>(null);
  const { containerId, tail, since, follow } = settings;

  useEffect(() => {
    const current = { containerId, tail, since, follow };
    buffer.clear();
    setRevision((r) => r + 1);
    setError(null);
    setContainer(null);
    setState("loading");
    const bump = () => setRevision((r) => r + 1);
    if (!current.follow) return loadOnce(current, buffer, { bump, setState, setError });
    return followFeed(current, buffer, { bump, setState, setError, setContainer });
  }, [buffer, containerId, tail, since, follow]);

  return { buffer, revision, state, error, container };
}

interface Sinks {
  bump: () => void;
  setState: (state: FeedState) => void;
  setError: (error: unknown) => void;
}

function loadOnce(settings: FeedSettings, buffer: LogBuffer, sinks: Sinks): () => void {
  let cancelled = false;
  getJson<LogEntry[]>(logsUrl(settings))
    .then((entries) => {
      if (cancelled) return;
      buffer.append(entries);
      sinks.bump();
      sinks.setState("loaded");
    })
    .catch((error: unknown) => {
      if (cancelled) return;
      sinks.setError(error);
      sinks.setState("ended");
    });
  return () => {
    cancelled = true;
  };
}

const STATUS_TEXT: Record<ContainerStatus["state"], (s: ContainerStatus) => string> = {
  stopped: (s) =>
    `Container stopped${s.exitCode === null ? "" : ` (exit code ${s.exitCode})`}; ` +
    "waiting for it to start again",
  running: () => "Container started again",
  removed: () => "Container removed",
};

function followFeed(
  settings: FeedSettings,
  buffer: LogBuffer,
  sinks: Sinks & { setContainer: (status: ContainerStatus) => void },
): () => void {
  let source: EventSource | undefined;
  let pending: LogEntry[] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let resumed = false;
  let stopped = false;

  const flush = () => {
    flushTimer = undefined;
    buffer.append(pending, resumed);
    pending = [];
    sinks.bump();
  };
  const finish = () => {
    stopped = true;
    source?.close();
    if (flushTimer) flush();
  };

  const connect = () => {
    // After a drop, everything after the last line held, within the view's capacity.
    const url = buffer.lastTime
      ? logsUrl({ ...settings, tail: buffer.capacity }, { follow: "true", since: buffer.lastTime })
      : logsUrl(settings, { follow: "true" });
    resumed = buffer.lastTime !== undefined;
    source = new EventSource(url);
    source.onopen = () => {
      attempt = 0;
      sinks.setState("following");
    };
    source.onmessage = (message) => {
      pending.push(JSON.parse(message.data) as LogEntry);
      flushTimer ??= setTimeout(flush, FLUSH_MS);
    };
    source.addEventListener("status", (message) => {
      const status = JSON.parse((message as MessageEvent<string>).data) as ContainerStatus;
      if (flushTimer) clearTimeout(flushTimer);
      flush();
      buffer.note(STATUS_TEXT[status.state](status), status.time);
      sinks.bump();
      sinks.setContainer(status);
    });
    source.addEventListener("end", () => {
      finish();
      sinks.setState("ended");
    });
    source.addEventListener("failure", (message) => {
      const { code, message: text } = JSON.parse((message as MessageEvent<string>).data);
      finish();
      sinks.setError(new ApiError(0, code, text));
      sinks.setState("ended");
    });
    source.onerror = () => {
      source?.close();
      if (stopped) return;
      sinks.setState("reconnecting");
      void diagnose();
    };
  };

  // EventSource hides the answer of a refused connection: ask again as JSON to learn
  // why, give up on answers that will not change, retry the rest.
  const diagnose = async () => {
    try {
      await getJson(logsUrl({ ...settings, tail: 0 }));
      sinks.setError(null);
    } catch (error) {
      if (stopped) return;
      sinks.setError(error);
      if (error instanceof ApiError && FINAL_CODES.has(error.code)) {
        finish();
        sinks.setState("ended");
        return;
      }
    }
    if (stopped) return;
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 10_000;
    attempt += 1;
    retryTimer = setTimeout(connect, delay);
  };

  connect();
  return () => {
    stopped = true;
    source?.close();
    clearTimeout(flushTimer);
    clearTimeout(retryTimer);
  };
}
