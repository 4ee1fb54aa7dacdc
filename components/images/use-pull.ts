"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useLayerStream } from "@/components/images/use-layer-stream";
import { dockerKeys } from "@/lib/client/query-keys";

type PullDone = { type: "done"; imageId: string; reference: string; digest?: string };

/** Pulls `{reference}` with the saved credentials of its registry; see useLayerStream. */
export function usePull() {
  const queryClient = useQueryClient();
  const onDone = useCallback(
    () => queryClient.invalidateQueries({ queryKey: dockerKeys.images() }),
    [queryClient],
  );
  const stream = useLayerStream<PullDone>("/api/docker/images/pull", onDone);
  const { start: startStream } = stream;
  const start = useCallback((reference: string) => startStream({ reference }), [startStream]);
  return { ...stream, start };
}
