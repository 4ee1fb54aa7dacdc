import type { DeploymentView, ServiceEventView } from "@/lib/ecs/service-types";
import type { NetworkBindingView } from "@/lib/ecs/task-types";

// What a rollout looks like while Slipway watches it: one snapshot a poll. The
// rollout view on the service page, the rollback flow and the ship flow all show
// these. Pure: no SDK types here.

/** waiting: still rolling out; steady: done; failed: ECS or the tasks said it failed. */
export type RolloutPhase = "waiting" | "steady" | "failed";

export interface RolloutTask {
  id: string;
  arn: string;
  /** `family:revision`. */
  taskDefinition: string;
  /** PROVISIONING, PENDING, ACTIVATING, RUNNING, ... STOPPED. */
  lastStatus: string;
  desiredStatus: string;
  stoppedReason: string | null;
  stopCode: string | null;
  /** Why its containers stopped ("web: exit code 1: Essential container exited"). */
  containerReasons: string[];
  startedAt: string | null;
  networkBindings: NetworkBindingView[];
  /** `http://<public ip>:<port>` of its first TCP binding with a public IP; null until then. */
  publicUrl: string | null;
}

export interface RolloutView {
  cluster: string;
  service: string;
  /** The revision rolled out. */
  taskDefinitionArn: string;
  /** `family:revision` of it. */
  taskDefinition: string;
  /** `family:revision` the service runs now (differs when the rollout was replaced). */
  serviceTaskDefinition: string;
  /** The service's own counts. */
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  /** ECS's deployment of that revision; null while ECS lists none for it. */
  deployment: DeploymentView | null;
  /** Every other deployment ECS lists (older ones being replaced). */
  otherDeployments: DeploymentView[];
  /** Service events since the watch began, newest first. */
  events: ServiceEventView[];
  /** The tasks of that revision, started since the watch began or running when it did. */
  newTasks: RolloutTask[];
  /** Tasks of other revisions the service still runs. */
  oldTasks: RolloutTask[];
  /** The app's address as soon as a new task has a public one. */
  publicUrl: string | null;
  phase: RolloutPhase;
  /** What the watch waits for, in words; empty once steady or failed. */
  waitingFor: string[];
  /** Why the rollout failed; null unless failed. */
  failure: string | null;
  /** One line for a status bar: "waiting for ..., 40 s", "steady: ...", "failed: ...". */
  summary: string;
  elapsedSeconds: number;
  checkedAt: string;
}

/** The id of a flow's "roll out" step (ship, rollback); the UI finds the step by it. */
export const ROLL_OUT_STEP_ID = "roll-out";
