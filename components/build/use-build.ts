"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { type BuildRequest, streamBuild } from "@/lib/client/build";
import { dockerKeys } from "@/lib/client/query-keys";
import type { ProgressLine } from "@/lib/docker/progress-lines";
import { formatBytes } from "@/lib/format/bytes";

/** One line of the output panel; progress lines with the same key replace each other. */
export interface OutputEntry {
  id: number;
  kind: "step" | "log" | "progress";
  text: string;
  key?: string;
}

export type BuildState =
  | { phase: "idle" }
  | { phase: "running" }
  | { phase: "succeeded"; imageId: string; tag: string }
  | { phase: "failed"; message: string; step?: string }
  | { phase: "cancelled" }
  | { phase: "refused"; error: unknown };

interface Output {
  entries: OutputEntry[];
  /** Whether the oldest lines were dropped to keep the page responsive. */
  truncated: boolean;
}

const MAX_ENTRIES = 5_000;
const FLUSH_MS = 50;

export function useBuild() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<BuildState>({ phase: "idle" });
  const [output, setOutput] = useState<Output>({ entries: [], truncated: false });
  const controller = useRef<AbortController | null>(null);
  const pending = useRef<OutputEntry[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const nextId = useRef(0);

  // Lines arrive faster than the page can redraw: they are shown in batches.
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = pending.current;
    pending.current = [];
    if (batch.length > 0) setOutput((current) => merge(current, batch));
  }, []);

  const append = useCallback(
    (line: ProgressLine) => {
      const entry = toEntry(line, nextId.current++);
      if (!entry) return;
      pending.current.push(entry);
      timer.current ??= setTimeout(flush, FLUSH_MS);
    },
    [flush],
  );

  const start = useCallback(
    async (request: BuildRequest) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      pending.current = [];
      setOutput({ entries: [], truncated: false });
      setState({ phase: "running" });
      let final: BuildState | null = null;
      try {
        for await (const line of streamBuild(request, abort.signal)) {
          if (line.type === "done") {
            final = {
              phase: "succeeded",
              imageId: line.imageId ?? "",
              tag: line.tag ?? request.tag,
            };
          } else if (line.type === "failure") {
            final = { phase: "failed", message: line.message, step: line.step };
          } else {
            append(line);
          }
        }
        flush();
        setState(final ?? { phase: "failed", message: "The build stream ended without a result" });
        if (final?.phase === "succeeded") {
          await queryClient.invalidateQueries({ queryKey: dockerKeys.images() });
        }
      } catch (error) {
        flush();
        if (abort.signal.aborted) setState({ phase: "cancelled" });
        else if (final) setState(final);
        else setState({ phase: "refused", error });
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [append, flush, queryClient],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { state, output, start, cancel };
}

function merge(current: Output, batch: OutputEntry[]): Output {
  const entries = [...current.entries];
  for (const entry of batch) {
    const last = entries.at(-1);
    if (entry.key && last?.key === entry.key) entries[entries.length - 1] = entry;
    else entries.push(entry);
  }
  if (entries.length <= MAX_ENTRIES) return { entries, truncated: current.truncated };
  return { entries: entries.slice(-MAX_ENTRIES), truncated: true };
}

function toEntry(line: ProgressLine, id: number): OutputEntry | null {
  switch (line.type) {
    case "step":
      return { id, kind: "step", text: line.step };
    case "log":
      return { id, kind: "log", text: line.text };
    case "progress":
      return {
        id,
        kind: "progress",
        text: progressText(line),
        key: `${line.id ?? ""}:${line.status}`,
      };
    default:
      return null;
  }
}

function progressText(line: Extract<ProgressLine, { type: "progress" }>): string {
  const head = line.id ? `${line.id}: ${line.status}` : line.status;
  if (line.current === undefined) return head;
  const total = line.total ? ` / ${formatBytes(line.total)}` : "";
  return `${head} ${formatBytes(line.current)}${total}`;
}
