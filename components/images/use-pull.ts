"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { apiFetch, readNdjson } from "@/lib/client/api";
import { dockerKeys } from "@/lib/client/query-keys";
import { isLayerLine } from "@/lib/pull/layers";
import type { LayerProgressLine, PullLine, PullTotalLine } from "@/lib/pull/lines";

// One pull at a time from the page: layers keep their latest line, the total its
// latest sum. Closing the request (cancel) stops the pull on the engine.

export type PullState =
  | { phase: "idle" }
  | { phase: "running" }
  | { phase: "succeeded"; imageId: string; reference: string; digest?: string }
  | { phase: "failed"; code: string; message: string }
  | { phase: "cancelled" };

export interface PullProgress {
  layers: Array<LayerProgressLine & { id: string }>;
  total: PullTotalLine | null;
  /** The engine's last line that is not about a layer ("Pulling from …", "Digest: …"). */
  status: string | null;
}

const EMPTY: PullProgress = { layers: [], total: null, status: null };

export function usePull() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<PullState>({ phase: "idle" });
  const [progress, setProgress] = useState<PullProgress>(EMPTY);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (reference: string) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setProgress(EMPTY);
      setState({ phase: "running" });
      let final: PullState | null = null;
      try {
        const response = await apiFetch("/api/docker/images/pull", {
          method: "POST",
          body: JSON.stringify({ reference }),
          signal: abort.signal,
        });
        for await (const line of readNdjson<PullLine>(response)) {
          if (line.type === "done") final = { phase: "succeeded", ...line };
          else if (line.type === "failure") final = { phase: "failed", ...line };
          else setProgress((current) => withLine(current, line));
        }
        setState(
          final ?? {
            phase: "failed",
            code: "upstream_error",
            message: "The pull ended without a result",
          },
        );
        if (final?.phase === "succeeded") {
          await queryClient.invalidateQueries({ queryKey: dockerKeys.images() });
        }
      } catch (error) {
        if (abort.signal.aborted) setState({ phase: "cancelled" });
        else if (final) setState(final);
        else {
          const { code = "upstream_error", message = String(error) } = error as {
            code?: string;
            message?: string;
          };
          setState({ phase: "failed", code, message });
        }
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [queryClient],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ phase: "idle" });
    setProgress(EMPTY);
  }, []);

  return { state, progress, start, cancel, reset };
}

function withLine(current: PullProgress, line: LayerProgressLine | PullTotalLine): PullProgress {
  if (line.type === "total") return { ...current, total: line };
  if (!isLayerLine(line)) return { ...current, status: line.status };
  const layers = [...current.layers];
  const at = layers.findIndex((layer) => layer.id === line.id);
  if (at >= 0) layers[at] = line;
  else layers.push(line);
  return { ...current, layers };
}
