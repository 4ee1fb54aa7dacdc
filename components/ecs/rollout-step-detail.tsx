import { RolloutPanel } from "@/components/ecs/rollout-view";
import type { RolloutView } from "@/lib/ecs/rollout-types";
import type { FlowStep } from "@/lib/flows/types";

/**
 * For FlowSteps' `renderDetail`: the "roll out" step's live RolloutView (its detail
 * `rollout`, written by lib/ecs/rollout-step.ts); undefined for any other step.
 */
export function rolloutStepDetail(step: FlowStep) {
  const view = step.detail.rollout as RolloutView | undefined;
  if (!view) return undefined;
  return (
    <div className="mt-3">
      <RolloutPanel view={view} />
    </div>
  );
}
