import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { judgeRollout } from "@/lib/ecs/rollout-judge";
import type { RolloutView } from "@/lib/ecs/rollout-types";
import { toRolloutView } from "@/lib/ecs/rollout-view";
import { taskDefinitionNameOf } from "@/lib/ecs/service-schemas";
import { findServiceOrThrow } from "@/lib/ecs/services";
import { findTasks, taskViewsOf } from "@/lib/ecs/tasks";
import { AppError } from "@/lib/errors";
import { pause } from "@/lib/http/abort";
import { log } from "@/lib/log";

// Watches a service roll out one revision: looks at the service and its tasks at a
// modest interval, reports a RolloutView each time, and ends when the rollout is
// steady, failed, or out of time. Every end says what it saw or waited for.

export interface RolloutTarget {
  cluster: string;
  service: string;
  /** The revision rolled out (a task definition ARN). */
  taskDefinitionArn: string;
}

export interface WatchOptions {
  /** Stops the watch (a cancelled flow, a closed page). */
  signal?: AbortSignal;
  /** Called with each look, the last one (steady or failed) included. */
  report?: (view: RolloutView) => void;
  /** How long to wait for steady before giving up; 10 minutes unless told. */
  timeoutMs?: number;
  /** Time between looks; 3 seconds unless told. */
  intervalMs?: number;
}

export const ROLLOUT_TIMEOUT_MS = 10 * 60_000;
export const ROLLOUT_INTERVAL_MS = 3_000;

/** Resolves with the steady view; throws an AppError naming why it failed or timed out. */
export async function watchRollout(
  aws: AwsClients,
  target: RolloutTarget,
  options: WatchOptions = {},
): Promise<RolloutView> {
  const signal = options.signal ?? new AbortController().signal;
  const timeoutMs = options.timeoutMs ?? ROLLOUT_TIMEOUT_MS;
  const intervalMs = options.intervalMs ?? ROLLOUT_INTERVAL_MS;
  const startedAt = Date.now();
  let stoppedAtStart: Set<string> | null = null;

  for (;;) {
    if (signal.aborted) throw new AppError("conflict", "Stopped watching the rollout: cancelled");
    const service = await findServiceOrThrow(aws, target.cluster, target.service);
    const deploymentIds = (service.deployments ?? []).flatMap((d) => (d.id ? [d.id] : []));
    const tasks = await findTasks(aws, target.cluster, {
      service: service.serviceName ?? target.service,
      startedBy: deploymentIds,
    });
    stoppedAtStart ??= new Set(
      tasks.filter((t) => t.lastStatus === "STOPPED").map((t) => t.taskArn ?? ""),
    );
    const judgement = judgeRollout({
      service,
      tasks,
      taskDefinitionArn: target.taskDefinitionArn,
      stoppedAtStart,
    });
    const shown = [...judgement.newTasks, ...judgement.oldTasks];
    const views = new Map(
      (await taskViewsOf(aws, target.cluster, shown)).map((v) => [v.arn, v] as const),
    );
    const { taskDefinitionArn } = target;
    const view = toRolloutView({ service, judgement, views, taskDefinitionArn, startedAt });
    options.report?.(view);

    if (view.phase === "steady") {
      log.info("ecs rollout steady", { ...target, seconds: view.elapsedSeconds });
      return view;
    }
    if (view.phase === "failed") throw rolloutFailed(target, view);
    if (Date.now() - startedAt >= timeoutMs) throw rolloutTimedOut(target, view, timeoutMs);
    await pause(Math.min(intervalMs, Math.max(0, startedAt + timeoutMs - Date.now())), signal);
  }
}

function rolloutFailed(target: RolloutTarget, view: RolloutView): AppError {
  log.warn("ecs rollout failed", { ...target, failure: view.failure });
  return new AppError(
    "upstream_error",
    `The rollout of ${view.taskDefinition} to ${target.service} failed: ${view.failure}`,
  );
}

function rolloutTimedOut(target: RolloutTarget, view: RolloutView, timeoutMs: number) {
  const revision = taskDefinitionNameOf(target.taskDefinitionArn);
  log.warn("ecs rollout timed out", { ...target, waitingFor: view.waitingFor });
  return new AppError(
    "upstream_error",
    `The rollout of ${revision} to ${target.service} did not settle within ` +
      `${formatWait(timeoutMs)}: still waiting for ${view.waitingFor.join("; ")}`,
  );
}

function formatWait(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  return seconds >= 120 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}
