import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { findRollbackTarget } from "@/lib/ecs/rollback-target";
import { rollOutStep } from "@/lib/ecs/rollout-step";
import { updateService } from "@/lib/ecs/service-changes";
import { clusterNameOf, serviceNameOf } from "@/lib/ecs/service-schemas";
import { invalidInput, notFound } from "@/lib/errors";
import { getFlowOrThrow } from "@/lib/flows/query";
import { retryFlow, type StepDefinition, startFlow } from "@/lib/flows/runner";
import type { Flow } from "@/lib/flows/types";
import { startAloneOnService } from "@/lib/ship/service-guard";

// Rolling a service back to its previous successful revision, as a flow: find the
// revision, update the service to it, watch the rollout. The flow's result holds
// what the history lists: {taskDefinitionArn, taskDefinition, revision, cluster,
// service, publicUrl, source}.

export const ROLLBACK_KIND = "rollback";

export interface ServiceRef {
  cluster: string;
  service: string;
}

/** Checks there is something to roll back to (else a conflict), then starts the flow. */
export function startRollback(aws: AwsClients, ref: ServiceRef): Promise<Flow> {
  return startAloneOnService(aws, ref, async () => {
    const target = await findRollbackTarget(aws, ref.cluster, ref.service);
    const subject = { cluster: clusterNameOf(ref.cluster), service: target.service };
    return startFlow({
      kind: ROLLBACK_KIND,
      subject,
      input: { ...subject, to: target.taskDefinition },
      steps: rollbackSteps(aws, ref),
      result: { ...subject },
    });
  });
}

/** The rollback flow's steps; a retry runs them again from the one that failed. */
export function rollbackSteps(aws: AwsClients, ref: ServiceRef): StepDefinition[] {
  return [
    {
      id: "find-previous-revision",
      title: "Find the previous revision",
      run: async (ctx) => {
        const target = await findRollbackTarget(aws, ref.cluster, ref.service);
        ctx.log(`${target.taskDefinition}, from ${target.sourceNote}`);
        ctx.detail({
          revision: target.taskDefinition,
          from: target.currentTaskDefinition,
          source: target.source,
        });
        ctx.setResult({
          taskDefinitionArn: target.taskDefinitionArn,
          taskDefinition: target.taskDefinition,
          revision: target.revision,
          previousTaskDefinitionArn: target.currentTaskDefinitionArn,
          source: target.source,
        });
      },
    },
    {
      id: "update-service",
      title: "Update the service",
      run: async (ctx) => {
        const arn = ctx.flow.result.taskDefinitionArn;
        if (typeof arn !== "string") throw invalidInput("No revision was found to roll back to");
        const updated = await updateService(aws, ref.cluster, ref.service, { taskDefinition: arn });
        ctx.log(`UpdateService: ${updated.name} now runs ${updated.taskDefinition}`);
        const primary = updated.deployments.find((d) => d.status === "PRIMARY");
        ctx.detail({ taskDefinition: updated.taskDefinition, deployment: primary?.id ?? "" });
      },
    },
    rollOutStep(aws, ref),
  ];
}

/** The rollback flow `id` of that service; not_found for any other flow. */
export async function rollbackFlowOrThrow(ref: ServiceRef & { id: string }): Promise<Flow> {
  const flow = await getFlowOrThrow(ref.id);
  const ofService =
    flow.kind === ROLLBACK_KIND &&
    flow.subject.cluster === clusterNameOf(ref.cluster) &&
    flow.subject.service === serviceNameOf(ref.service);
  if (!ofService) throw notFound(`No rollback ${ref.id} of service ${ref.service}`);
  return flow;
}

/** Runs a failed, cancelled or interrupted rollback again from the step that did not finish. */
export async function retryRollback(
  aws: AwsClients,
  ref: ServiceRef & { id: string },
): Promise<Flow> {
  const flow = await rollbackFlowOrThrow(ref);
  return retryFlow(flow.id, rollbackSteps(aws, ref));
}
