// What the task routes answer. Pure: the pages import these types too.

export interface NetworkBindingView {
  containerName: string;
  containerPort: number;
  protocol: string;
  privateIp: string | null;
  publicIp: string | null;
  /** Why the public IP cannot be shown (permission denied), in its place; null otherwise. */
  publicIpNote: string | null;
  hostPort: number | null;
  /** `http://<public or private IP>:<port>` for TCP ports with a known address; else null. */
  url: string | null;
}

export interface ContainerView {
  name: string;
  image: string;
  status: string;
  /** HEALTHY, UNHEALTHY or UNKNOWN (no health check). */
  health: string;
  exitCode: number | null;
  reason: string | null;
}

export interface TaskView {
  id: string;
  arn: string;
  cluster: string;
  /** The task's last status: PROVISIONING, PENDING, RUNNING, ... STOPPED. */
  status: string;
  desiredStatus: string;
  health: string;
  /** The service that started it (from its group `service:<name>`); null for standalone tasks. */
  service: string | null;
  group: string | null;
  startedBy: string | null;
  /** `family:revision`. */
  taskDefinition: string;
  launchType: string | null;
  capacityProvider: string | null;
  availabilityZone: string | null;
  cpu: string | null;
  memory: string | null;
  networkMode: string | null;
  privateIp: string | null;
  networkInterfaceId: string | null;
  stoppedReason: string | null;
  stopCode: string | null;
  createdAt: string | null;
  startedAt: string | null;
  stoppingAt: string | null;
  stoppedAt: string | null;
  containers: ContainerView[];
  networkBindings: NetworkBindingView[];
}
