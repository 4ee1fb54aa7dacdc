// What the service and task routes answer, shared by the server's mappers and
// the pages. Pure: no SDK types here.

export interface DeploymentView {
  id: string;
  /** PRIMARY (the newest), ACTIVE (being replaced) or INACTIVE. */
  status: string;
  /** IN_PROGRESS, COMPLETED or FAILED; null when the deployment controller does not say. */
  rolloutState: string | null;
  rolloutStateReason: string | null;
  taskDefinition: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  failedTasks: number;
  launchType: string | null;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ServiceEventView {
  id: string;
  createdAt: string | null;
  message: string;
}

export interface ServiceNetworkView {
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
}

export interface ServiceSummary {
  name: string;
  arn: string;
  cluster: string;
  status: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  /** `family:revision`. */
  taskDefinition: string;
  taskDefinitionArn: string;
  /** FARGATE or EC2; null when the service runs on a capacity provider strategy. */
  launchType: string | null;
  capacityProviders: string[];
  /** REPLICA or DAEMON. */
  schedulingStrategy: string;
  createdAt: string | null;
  deployments: DeploymentView[];
  /** A deployment is rolling out: its tasks are still being replaced or started. */
  rolloutInProgress: boolean;
  tags: Record<string, string>;
}

export interface ServiceDetail extends ServiceSummary {
  network: ServiceNetworkView | null;
  platformVersion: string | null;
  propagateTags: string | null;
  createdBy: string | null;
  /** The latest events first, at most EVENT_LIMIT. */
  events: ServiceEventView[];
}

export const EVENT_LIMIT = 50;

export interface ServiceDeletion {
  service: string;
  cluster: string;
  /** What was done, in order, in words ("scaled from 2 to 0", "deleted"). */
  steps: string[];
  forced: boolean;
  /** The desired count before Slipway scaled the service to 0; null when it was not scaled. */
  scaledFrom: number | null;
  /** The service's status after the call: DRAINING while its tasks stop, then INACTIVE. */
  status: string;
}
