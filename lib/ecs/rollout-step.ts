import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { watchRollout } from "@/lib/ecs/rollout";
import { ROLL_OUT_STEP_ID, type RolloutView } from "@/lib/ecs/rollout-types";
import { invalidInput } from "@/lib/errors";
import type { StepContext, StepDefinition } from "@/lib/flows/runner";

// The "roll out" step of a flow (ship, rollback): watches the service roll out the
// revision an earlier step put in `flow.result.taskDefinitionArn`. The step's
// detail holds the latest RolloutView under `rollout` (the UI shows it live); its
// output gets a line whenever what the watch waits for changes; on steady the
// flow's result gets the public URL.

export interface RollOutOptions {
  /** How long to wait for steady; watchRollout's 10 minutes unless told. */
  timeoutMs?: number;
}

export function rollOutStep(
  aws: AwsClients,
  target: { cluster: string; service: string },
  options: RollOutOptions = {},
): StepDefinition {
  return {
    id: ROLL_OUT_STEP_ID,
    title: "Roll out",
    run: async (ctx) => {
      const taskDefinitionArn = ctx.flow.result.taskDefinitionArn;
      if (typeof taskDefinitionArn !== "string") {
        throw invalidInput("No revision to roll out: no earlier step named a task definition");
      }
      const report = reporter(ctx);
      const view = await watchRollout(
        aws,
        { ...target, taskDefinitionArn },
        { signal: ctx.signal, report, timeoutMs: options.timeoutMs },
      );
      ctx.setResult({ publicUrl: view.publicUrl });
    },
  };
}

function reporter(ctx: StepContext): (view: RolloutView) => void {
  let said = "";
  return (view) => {
    ctx.detail({ rollout: view, summary: view.summary });
    // Say it again only when what it waits for changes, not as the seconds tick.
    const now = view.phase === "waiting" ? view.waitingFor.join("; ") : view.summary;
    if (now !== said) ctx.log(view.phase === "waiting" ? `waiting for ${now}` : now);
    said = now;
    if (view.publicUrl && ctx.flow.result.publicUrl !== view.publicUrl) {
      ctx.setResult({ publicUrl: view.publicUrl });
    }
  };
}
