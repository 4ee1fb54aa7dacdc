"use client";

import { useEffect, useState } from "react";
import { LogBuffer, type LogEntry } from "@/components/logs/log-buffer";
import type { LogQuery, LogSource } from "@/components/logs/log-source";
import { ApiError, getJson } from "@/lib/client/api";
import type { EcsLogNotice, EcsLogSource } from "@/lib/ecs-logs/types";

// Feeds a LogBuffer from a log source: one JSON read, or a follow over Server-Sent
// Events. Lines arriving in a burst are added in one go per frame of time, so a
// container writing thousands of lines a second costs a few renders, not thousands.
// A follow that drops (Slipway restarted, network) reconnects by itself and asks for
// the lines from the last one it has; `end` and `failure` close it for good. Named
// events: `status` (a container stopped or started), `sources` (where each of a
// task's containers logs), `notice` (throttled, lines left out).

export type FeedState = "loading" | "following" | "reconnecting" | "ended" | "loaded";

export interface ContainerStatus {
  state: "running" | "stopped" | "removed";
  exitCode: number | null;
  time: string;
}

export interface SourcesNote {
  sources: EcsLogSource[];
  /** Tasks behind the sources, when the answer says. */
  tasks: number | null;
}

const FLUSH_MS = 100;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000];
const FINAL_CODES = new Set(["not_found", "invalid_input", "forbidden", "unauthorized"]);

export function useLogFeed(source: LogSource, query: LogQuery) {
  const [buffer] = useState(() => new LogBuffer());
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<FeedState>("loading");
  const [error, setError] = useState<unknown>(null);
  const [container, setContainer] = useState<ContainerStatus | null>(null);
  const [sources, setSources] = useState<SourcesNote | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { tail, since, follow, search } = query;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the source is known by its key
  useEffect(() => {
    const current = { tail, since, follow, search };
    buffer.clear();
    setRevision((r) => r + 1);
    setError(null);
    setContainer(null);
    setNotice(null);
    setState("loading");
    const sinks: Sinks = {
      bump: () => setRevision((r) => r + 1),
      setState,
      setError,
      setContainer,
      setSources,
      setNotice,
    };
    if (!current.follow) return loadOnce(source, current, buffer, sinks);
    return followFeed(source, current, buffer, sinks);
  }, [buffer, source.key, tail, since, follow, search]);

  return { buffer, revision, state, error, container, sources, notice };
}

interface Sinks {
  bump: () => void;
  setState: (state: FeedState) => void;
  setError: (error: unknown) => void;
  setContainer: (status: ContainerStatus) => void;
  setSources: (note: SourcesNote) => void;
  setNotice: (notice: string | null) => void;
}

function loadOnce(source: LogSource, query: LogQuery, buffer: LogBuffer, sinks: Sinks) {
  let cancelled = false;
  getJson<unknown>(source.jsonUrl(query))
    .then((body) => {
      if (cancelled) return;
      const read = source.read(body);
      buffer.append(read.entries);
      if (read.sources) sinks.setSources({ sources: read.sources, tasks: read.tasks ?? null });
      if (read.truncated) sinks.setNotice("More lines are in the range: only the newest are shown");
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

function followFeed(source: LogSource, query: LogQuery, buffer: LogBuffer, sinks: Sinks) {
  let events: EventSource | undefined;
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
    events?.close();
    if (flushTimer) flush();
  };
  const named = (name: string, handle: (data: unknown) => void) =>
    events?.addEventListener(name, (message) => {
      handle(JSON.parse((message as MessageEvent<string>).data));
    });

  const connect = () => {
    // After a drop, everything from the last line held, within the view's capacity.
    resumed = buffer.lastTime !== undefined;
    events = new EventSource(source.followUrl(query, buffer.lastTime));
    events.onopen = () => {
      attempt = 0;
      sinks.setState("following");
    };
    events.onmessage = (message) => {
      pending.push(source.entry(JSON.parse(message.data)));
      flushTimer ??= setTimeout(flush, FLUSH_MS);
    };
    named("status", (data) => {
      const status = data as ContainerStatus;
      if (flushTimer) clearTimeout(flushTimer);
      flush();
      buffer.note(STATUS_TEXT[status.state](status), status.time);
      sinks.bump();
      sinks.setContainer(status);
    });
    named("sources", (data) => sinks.setSources({ sources: data as EcsLogSource[], tasks: null }));
    named("notice", (data) => sinks.setNotice((data as EcsLogNotice).message));
    named("end", () => {
      finish();
      sinks.setState("ended");
    });
    named("failure", (data) => {
      const { code, message } = data as { code: string; message: string };
      finish();
      sinks.setError(new ApiError(0, code, message));
      sinks.setState("ended");
    });
    events.onerror = () => {
      events?.close();
      if (stopped) return;
      sinks.setState("reconnecting");
      void diagnose();
    };
  };

  // EventSource hides the answer of a refused connection: ask again as JSON to learn
  // why, give up on answers that will not change, retry the rest.
  const diagnose = async () => {
    try {
      await getJson(source.probeUrl(query));
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
    events?.close();
    clearTimeout(flushTimer);
    clearTimeout(retryTimer);
  };
}
