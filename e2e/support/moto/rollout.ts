// The harness's part in a rollout (TESTING.md): once the service runs a new
// revision, ECS would start its tasks and stop the old ones; playScheduler does
// that. These helpers wait for the change a flow makes in the background, and
// play a new task that fails as ECS reports it.
import { testName } from "../docker";
import { apiJson } from "../http";
import {
  describeService,
  playScheduler,
  type SchedulerPlay,
  startTasks,
  stopAsEcsWould,
} from "./scheduler";
import type { ServiceWorld } from "./service-setup";

/** Waits until the service runs `revision` (`family:revision`), then plays the scheduler. */
export async function playRollout(
  cluster: string,
  service: string,
  revision: string,
  /** How long the flow may take to reach its UpdateService (a build and a push come first). */
  timeoutMs?: number,
): Promise<SchedulerPlay> {
  await waitForRevision(cluster, service, revision, timeoutMs);
  return playScheduler(cluster, service);
}

/** Waits until the service runs `revision`: a flow's UpdateService happens in the background. */
export async function waitForRevision(
  cluster: string,
  service: string,
  revision: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await describeService(cluster, service);
    if (found.taskDefinition?.endsWith(`/${revision}`)) return;
    if (Date.now() > deadline) {
      throw new Error(
        `harness: ${service} still runs ${found.taskDefinition} after ${timeoutMs} ms, ` +
          `not ${revision}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A task of the service's current revision that starts and stops, as ECS reports
 * one whose essential container exited: stopped with `reason`. Returns its ARN.
 */
export async function crashNewTask(cluster: string, service: string, reason: string) {
  const found = await describeService(cluster, service);
  const [task] = await startTasks(cluster, found, 1);
  if (!task?.taskArn) throw new Error(`harness: no task started for ${service}`);
  await stopAsEcsWould(cluster, task, reason);
  return task.taskArn;
}

/** A Fargate service with a public IP through Slipway's API, its tasks started by the harness. */
export async function createPlayedService(
  world: ServiceWorld,
  taskDefinition: string,
  desiredCount = 1,
): Promise<string> {
  const name = testName("svc");
  const created = await apiJson("POST", `/api/ecs/clusters/${world.cluster}/services`, {
    name,
    taskDefinition,
    desiredCount,
    subnets: world.subnetIds,
    securityGroups: [world.securityGroupId],
    assignPublicIp: true,
  });
  if (created.status !== 201) throw new Error(`service not created: ${JSON.stringify(created)}`);
  await playScheduler(world.cluster, name);
  return name;
}
