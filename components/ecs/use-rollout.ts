"use client";

import { useEffect, useState } from "react";
import { servicePath } from "@/components/ecs/queries";
import type { RolloutView } from "@/lib/ecs/rollout-types";

// Follows a service's rollout stream (GET .../rollout): the latest RolloutView,
// and how the stream ended. The server gives up on its own after its bounded wait;
// a caller follows again by remounting (a new revision, "watch again").

export type RolloutStream = "connecting" | "live" | "steady" | "failed";

export interface RolloutFailure {
  code: string;
  message: string;
}

export function useRollout(cluster: string, service: string) {
  const [view, setView] = useState<RolloutView | null>(null);
  const [stream, setStream] = useState<RolloutStream>("connecting");
  const [failure, setFailure] = useState<RolloutFailure | null>(null);

  useEffect(() => {
    setView(null);
    setFailure(null);
    setStream("connecting");
    const source = new EventSource(`${servicePath(cluster, service)}/rollout`);
    source.onopen = () => setStream("live");
    source.onmessage = (message) => setView(JSON.parse(message.data) as RolloutView);
    source.addEventListener("end", () => {
      source.close();
      setStream("steady");
    });
    source.addEventListener("failure", (message) => {
      source.close();
      setFailure(JSON.parse((message as MessageEvent).data) as RolloutFailure);
      setStream("failed");
    });
    return () => source.close();
  }, [cluster, service]);

  return { view, stream, failure };
}
