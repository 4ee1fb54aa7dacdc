"use client";

import { useState } from "react";
import { SectionTitle } from "@/components/ecs/counts";
import { LiveRollout } from "@/components/ecs/live-rollout";
import { RollbackDialog } from "@/components/ecs/rollback-dialog";
import { RollbackFlow } from "@/components/ecs/rollback-flow";
import { Button } from "@/components/ui/button";
import type { ServiceDetail } from "@/lib/ecs/service-types";

/**
 * The service page's "Rollout" panel: the live rollout of the revision it runs, and
 * "Roll back", which confirms the target revision and then shows the rollback flow.
 */
export function ServiceRollout({
  cluster,
  service,
  onChanged,
}: {
  cluster: string;
  service: ServiceDetail;
  /** The service changed (a rollout ended, a rollback ran): the page refreshes. */
  onChanged: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [rollback, setRollback] = useState<string | null>(null);

  return (
    <section data-testid="service-rollout">
      <div className="flex items-end justify-between gap-3">
        <SectionTitle>Rollout</SectionTitle>
        <Button
          onClick={() => setConfirming(true)}
          disabled={rollback !== null}
          data-testid="roll-back"
          className="mb-2"
        >
          Roll back…
        </Button>
      </div>
      {rollback ? (
        <RollbackFlow
          cluster={cluster}
          service={service.name}
          id={rollback}
          onEnded={onChanged}
          onClose={() => setRollback(null)}
        />
      ) : (
        <LiveRollout
          cluster={cluster}
          service={service.name}
          revision={service.taskDefinitionArn}
          onSettled={onChanged}
        />
      )}
      <RollbackDialog
        cluster={cluster}
        service={service.name}
        open={confirming}
        onClose={() => setConfirming(false)}
        onStarted={(id) => {
          setRollback(id);
          onChanged();
        }}
      />
    </section>
  );
}
