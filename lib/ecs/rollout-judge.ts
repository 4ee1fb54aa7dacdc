import type { Deployment, Service, Task } from "@aws-sdk/client-ecs";
import type { RolloutPhase } from "@/lib/ecs/rollout-types";
import { taskDefinitionNameOf, taskIdOf } from "@/lib/ecs/service-schemas";

// The steady-or-failed decision over one look at a service and its tasks. Pure, so
// that it is tested over the shapes ECS really answers.
//
// Steady is AWS's own "services stable" rule (the SDK's waitUntilServicesStable:
// ECS lists one deployment and the service's running count equals its desired
// count), for the revision rolled out, confirmed by the tasks themselves: as many
// RUNNING tasks of that revision as desired and none of another revision left.
// ECS's rolloutState decides a failure (FAILED: the circuit breaker) but is not
// awaited for COMPLETED, as AWS's own waiter does not await it either.

export interface RolloutLook {
  service: Service;
  /** The service's tasks, running and recently stopped. */
  tasks: Task[];
  /** The revision rolled out: a task definition ARN. */
  taskDefinitionArn: string;
  /** Tasks that had already stopped when the watch began: they are not the rollout's. */
  stoppedAtStart: ReadonlySet<string>;
}

export interface RolloutJudgement {
  phase: RolloutPhase;
  waitingFor: string[];
  failure: string | null;
  deployment: Deployment | null;
  otherDeployments: Deployment[];
  newTasks: Task[];
  /** Live tasks of other revisions. */
  oldTasks: Task[];
}

export const sameRevision = (a: string | undefined, b: string | undefined) =>
  Boolean(a && b) && taskDefinitionNameOf(a ?? "") === taskDefinitionNameOf(b ?? "");

const isLive = (task: Task) => task.lastStatus !== "STOPPED";
const isRunning = (task: Task) => task.lastStatus === "RUNNING" && task.desiredStatus === "RUNNING";

export function judgeRollout(look: RolloutLook): RolloutJudgement {
  const { service, taskDefinitionArn: target } = look;
  const deployments = service.deployments ?? [];
  const deployment = deployments.find((d) => sameRevision(d.taskDefinition, target)) ?? null;
  const newTasks = look.tasks.filter(
    (t) => sameRevision(t.taskDefinitionArn, target) && !look.stoppedAtStart.has(t.taskArn ?? ""),
  );
  const parts = {
    deployment,
    otherDeployments: deployments.filter((d) => d !== deployment),
    newTasks,
    oldTasks: look.tasks.filter((t) => !sameRevision(t.taskDefinitionArn, target) && isLive(t)),
  };

  const failure = failureOf(look, deployment, newTasks);
  if (failure) return { phase: "failed", waitingFor: [], failure, ...parts };
  const waitingFor = waitsOf(service, target, newTasks, parts.oldTasks);
  return { phase: waitingFor.length ? "waiting" : "steady", waitingFor, failure: null, ...parts };
}

function failureOf(
  look: RolloutLook,
  deployment: Deployment | null,
  newTasks: Task[],
): string | null {
  const { service, taskDefinitionArn: target } = look;
  const name = service.serviceName ?? "the service";
  if (service.status && service.status !== "ACTIVE") {
    return `Service ${name} is ${service.status}: it was deleted during the rollout`;
  }
  if (deployment?.rolloutState === "FAILED") {
    const reason = deployment.rolloutStateReason || "no reason given";
    return `ECS marked deployment ${deployment.id} FAILED: ${reason}`;
  }
  if (!sameRevision(service.taskDefinition, target)) {
    return (
      `Service ${name} now runs ${taskDefinitionNameOf(service.taskDefinition ?? "?")}, ` +
      `not ${taskDefinitionNameOf(target)}: another deployment replaced this one`
    );
  }
  const stopped = newTasks.find((t) => !isLive(t));
  if (stopped) return stoppedTaskFailure(stopped);
  return null;
}

/** "Task 1a2b of web:3 stopped: Essential container in task exited (web: exit code 1)". */
export function stoppedTaskFailure(task: Task): string {
  const reason = task.stoppedReason || task.stopCode || "no reason given";
  const containers = containerReasons(task);
  const detail = containers.length ? ` (${containers.join("; ")})` : "";
  const revision = taskDefinitionNameOf(task.taskDefinitionArn ?? "");
  return `Task ${taskIdOf(task.taskArn ?? "")} of ${revision} stopped: ${reason}${detail}`;
}

export function containerReasons(task: Task): string[] {
  return (task.containers ?? []).flatMap((c) => {
    const said = [
      c.exitCode !== undefined && c.lastStatus === "STOPPED" ? `exit code ${c.exitCode}` : null,
      c.reason || null,
    ].filter(Boolean);
    return said.length ? [`${c.name ?? "container"}: ${said.join(": ")}`] : [];
  });
}

function waitsOf(service: Service, target: string, newTasks: Task[], oldTasks: Task[]): string[] {
  const desired = service.desiredCount ?? 0;
  const revision = taskDefinitionNameOf(target);
  const running = newTasks.filter(isRunning).length;
  const starting = newTasks.filter((t) => isLive(t) && !isRunning(t)).length;
  const waits: string[] = [];
  if (running < desired) {
    const more = starting ? `, ${starting} starting` : "";
    waits.push(`tasks of ${revision} to run: ${running} of ${desired} running${more}`);
  } else if (running > desired || starting > 0) {
    waits.push(`${running + starting - desired} extra tasks of ${revision} to stop`);
  }
  if (oldTasks.length > 0) {
    const revisions = [
      ...new Set(oldTasks.map((t) => taskDefinitionNameOf(t.taskDefinitionArn ?? ""))),
    ];
    waits.push(`${plural(oldTasks.length, "task")} of ${revisions.join(", ")} to stop`);
  }
  const deployments = service.deployments?.length ?? 0;
  if (deployments > 1) {
    waits.push(`ECS to retire ${plural(deployments - 1, "older deployment")}`);
  }
  if ((service.runningCount ?? 0) !== desired) {
    waits.push(`ECS to count ${desired} running (it counts ${service.runningCount ?? 0})`);
  }
  return waits;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
