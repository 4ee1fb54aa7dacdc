import "server-only";
import {
  DeregisterTaskDefinitionCommand,
  DescribeTaskDefinitionCommand,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { inBatches } from "@/lib/aws/paging";
import { isAlreadyGone } from "@/lib/cleanup/gone";
import { forEachItem } from "@/lib/cleanup/steps/each";
import type { CleanupItem } from "@/lib/cleanup/types";
import { deleteTaskDefinitions } from "@/lib/ecs/task-definitions/task-definitions";
import { conflict } from "@/lib/errors";
import type { StepContext } from "@/lib/flows/runner";
import { log } from "@/lib/log";

// Revisions are deregistered one by one (an ACTIVE one turns INACTIVE), then deleted
// for good with DeleteTaskDefinitions, ten at a time (its limit). ECS keeps deleted
// revisions visible as DELETE_IN_PROGRESS for a while; for Slipway they are gone.

const DELETE_LIMIT = 10;

export async function removeRevisions(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  // Only revisions still there are deleted: those ECS deletes already are done.
  const toDelete: CleanupItem[] = [];
  await forEachItem(ctx, items, async (item) => {
    const answer = await aws.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: item.name }),
    );
    const status = answer.taskDefinition?.status;
    if (status === "DELETE_IN_PROGRESS") return "already being deleted (DELETE_IN_PROGRESS)";
    toDelete.push(item);
    if (status !== "ACTIVE") return "INACTIVE already";
    await aws.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: item.name }));
    return "deregistered (INACTIVE)";
  });

  for (const batch of inBatches(toDelete, DELETE_LIMIT)) {
    const taskDefinitions = batch.map((item) => item.name);
    const answer = await deleteTaskDefinitions(aws, taskDefinitions);
    const failures = (answer.failures ?? []).filter(
      (f) => !isAlreadyGone("revision", { name: "ClientException", message: f.reason ?? "" }),
    );
    if (failures.length > 0) {
      const named = failures.map((f) => `${f.arn ?? "?"}: ${f.reason ?? "refused"}`);
      throw conflict(`ECS did not delete ${named.join("; ")}`);
    }
    ctx.log(`deleted ${taskDefinitions.join(", ")}`);
    log.info("cleanup deleted revisions", { taskDefinitions });
  }
}
