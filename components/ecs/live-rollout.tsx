"use client";

import { useEffect, useState } from "react";
import { RolloutPanel } from "@/components/ecs/rollout-view";
import { useRollout } from "@/components/ecs/use-rollout";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";

/**
 * The service page's live rollout of the revision the service runs: followed until
 * steady or failed, then followed again when the revision changes or on request.
 */
export function LiveRollout({
  cluster,
  service,
  revision,
  onSettled,
}: {
  cluster: string;
  service: string;
  /** The service's revision now: a new one starts a new follow. */
  revision: string;
  /** Called once the follow ends, steady or not (the page refreshes its data). */
  onSettled: () => void;
}) {
  const [round, setRound] = useState(0);
  return (
    <RolloutFollow
      key={`${revision}#${round}`}
      cluster={cluster}
      service={service}
      onSettled={onSettled}
      onAgain={() => setRound((r) => r + 1)}
    />
  );
}

function RolloutFollow({
  cluster,
  service,
  onSettled,
  onAgain,
}: {
  cluster: string;
  service: string;
  onSettled: () => void;
  onAgain: () => void;
}) {
  const { view, stream, failure } = useRollout(cluster, service);
  const ended = stream === "steady" || stream === "failed";
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per end, not per new callback
  useEffect(() => {
    if (ended) onSettled();
  }, [ended]);

  return (
    <div className="space-y-3" data-testid="live-rollout" data-stream={stream}>
      {!view && !failure && <p className="text-sm text-slate-400">Looking at the rollout…</p>}
      {view && <RolloutPanel view={view} />}
      {failure && !view?.failure && (
        <ErrorNotice error={new Error(failure.message)} action="follow the rollout" />
      )}
      {ended && (
        <Button variant="ghost" onClick={onAgain} data-testid="rollout-watch-again">
          Look again
        </Button>
      )}
    </div>
  );
}
