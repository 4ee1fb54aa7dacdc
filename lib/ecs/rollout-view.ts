import "server-only";
import type { Service, ServiceEvent, Task } from "@aws-sdk/client-ecs";
import { containerReasons, type RolloutJudgement } from "@/lib/ecs/rollout-judge";
import type { RolloutTask, RolloutView } from "@/lib/ecs/rollout-types";
import { toDeploymentView, toEventView } from "@/lib/ecs/service-mappers";
import { clusterNameOf, taskDefinitionNameOf, taskIdOf } from "@/lib/ecs/service-schemas";
import type { TaskView } from "@/lib/ecs/task-types";

// Maps one look at a rollout (the service, its tasks and the judgement over them)
// onto the RolloutView the pages show.

/** The newest events shown; a rollout that needs more has the service page. */
const EVENTS_SHOWN = 20;
/** ECS stamps events with its own clock: allow for a little skew with Slipway's. */
const CLOCK_SLACK_MS = 5_000;

export interface RolloutLookResult {
  service: Service;
  judgement: RolloutJudgement;
  /** The mapped views of the judgement's new and old tasks, by ARN. */
  views: ReadonlyMap<string, TaskView>;
  taskDefinitionArn: string;
  /** When the watch began. */
  startedAt: number;
}

export function toRolloutView(look: RolloutLookResult, now = Date.now()): RolloutView {
  const { service, judgement, taskDefinitionArn } = look;
  const newTasks = judgement.newTasks.map((t) => toRolloutTask(t, look.views));
  const elapsedSeconds = Math.max(0, Math.round((now - look.startedAt) / 1000));
  const revision = taskDefinitionNameOf(taskDefinitionArn);
  const view: RolloutView = {
    cluster: clusterNameOf(service.clusterArn ?? ""),
    service: service.serviceName ?? "",
    taskDefinitionArn,
    taskDefinition: revision,
    serviceTaskDefinition: taskDefinitionNameOf(service.taskDefinition ?? ""),
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    pendingCount: service.pendingCount ?? 0,
    deployment: judgement.deployment ? toDeploymentView(judgement.deployment) : null,
    otherDeployments: judgement.otherDeployments.map(toDeploymentView),
    events: eventsSince(service.events ?? [], sinceOf(look)),
    newTasks,
    oldTasks: judgement.oldTasks.map((t) => toRolloutTask(t, look.views)),
    publicUrl: newTasks.find((t) => t.publicUrl && t.lastStatus !== "STOPPED")?.publicUrl ?? null,
    phase: judgement.phase,
    waitingFor: judgement.waitingFor,
    failure: judgement.failure,
    summary: "",
    elapsedSeconds,
    checkedAt: new Date(now).toISOString(),
  };
  view.summary = summaryOf(view, revision);
  return view;
}

function summaryOf(view: RolloutView, revision: string): string {
  if (view.phase === "failed") return `failed: ${view.failure}`;
  if (view.phase === "steady") {
    return `steady: ${view.desiredCount} of ${view.desiredCount} tasks run ${revision}`;
  }
  return `waiting for ${view.waitingFor.join("; ")}, ${view.elapsedSeconds} s`;
}

/** The rollout's events: since its deployment began, or since the watch began if earlier. */
function sinceOf(look: RolloutLookResult): number {
  const created = look.judgement.deployment?.createdAt;
  const deploymentStart = created ? new Date(created).getTime() : Number.POSITIVE_INFINITY;
  return Math.min(look.startedAt, deploymentStart) - CLOCK_SLACK_MS;
}

function eventsSince(events: ServiceEvent[], since: number) {
  return events
    .filter((e) => e.createdAt && new Date(e.createdAt).getTime() >= since)
    .sort((a, b) => new Date(b.createdAt ?? 0).getTime() - new Date(a.createdAt ?? 0).getTime())
    .slice(0, EVENTS_SHOWN)
    .map(toEventView);
}

function toRolloutTask(task: Task, views: ReadonlyMap<string, TaskView>): RolloutTask {
  const view = views.get(task.taskArn ?? "");
  const bindings = view?.networkBindings ?? [];
  const reachable = bindings.find((b) => b.publicIp && b.url);
  return {
    id: taskIdOf(task.taskArn ?? ""),
    arn: task.taskArn ?? "",
    taskDefinition: taskDefinitionNameOf(task.taskDefinitionArn ?? ""),
    lastStatus: task.lastStatus ?? "UNKNOWN",
    desiredStatus: task.desiredStatus ?? "UNKNOWN",
    stoppedReason: task.stoppedReason || null,
    stopCode: task.stopCode ?? null,
    containerReasons: containerReasons(task),
    startedAt: view?.startedAt ?? null,
    networkBindings: bindings,
    publicUrl: reachable?.url ?? null,
  };
}
