"use client";

import { useCallback, useRef, useState } from "react";
import { apiFetch, readNdjson } from "@/lib/client/api";
import { isLayerLine } from "@/lib/docker/layers";
import type { LayerProgressLine, LayerTotalLine } from "@/lib/docker/progress-lines";

// One pull or push at a time from a page, read from its NDJSON stream: layers keep
// their latest line, the total its latest sum. Closing the request (cancel) stops the
// operation on the engine.

type Failure = { type: "failure"; code: string; message: string };
type StreamLine<Done> = LayerProgressLine | LayerTotalLine | Done | Failure;

export type LayerStreamState<Done> =
  | { phase: "idle" }
  | { phase: "running" }
  | { phase: "succeeded"; result: Done }
  | { phase: "failed"; code: string; message: string }
  | { phase: "cancelled" };

export interface LayerProgress {
  layers: Array<LayerProgressLine & { id: string }>;
  total: LayerTotalLine | null;
  /** The engine's last line that is not about a layer ("Pulling from …", "Digest: …"). */
  status: string | null;
}

const EMPTY: LayerProgress = { layers: [], total: null, status: null };

/** `onDone` runs after a success (invalidating what the operation changed). */
export function useLayerStream<Done extends { type: "done" }>(
  path: string,
  onDone: (result: Done) => Promise<unknown>,
) {
  const [state, setState] = useState<LayerStreamState<Done>>({ phase: "idle" });
  const [progress, setProgress] = useState<LayerProgress>(EMPTY);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (body: Record<string, unknown>) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setProgress(EMPTY);
      setState({ phase: "running" });
      let final: LayerStreamState<Done> | null = null;
      try {
        const response = await apiFetch(path, {
          method: "POST",
          body: JSON.stringify(body),
          signal: abort.signal,
        });
        for await (const line of readNdjson<StreamLine<Done>>(response)) {
          if (line.type === "done") final = { phase: "succeeded", result: line as Done };
          else if (line.type === "failure") final = { phase: "failed", ...(line as Failure) };
          else setProgress((current) => withLine(current, line as LayerProgressLine));
        }
        setState(
          final ?? {
            phase: "failed",
            code: "upstream_error",
            message: "The stream ended without a result",
          },
        );
        if (final?.phase === "succeeded") await onDone(final.result);
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
    [path, onDone],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ phase: "idle" });
    setProgress(EMPTY);
  }, []);

  return { state, progress, start, cancel, reset };
}

function withLine(current: LayerProgress, line: LayerProgressLine | LayerTotalLine): LayerProgress {
  if (line.type === "total") return { ...current, total: line };
  if (!isLayerLine(line)) return { ...current, status: line.status };
  const layers = [...current.layers];
  const at = layers.findIndex((layer) => layer.id === line.id);
  if (at >= 0) layers[at] = line;
  else layers.push(line);
  return { ...current, layers };
}
