// What the ECS service and task routes answer, as the integration tests read it.

export interface Deployment {
  id: string;
  status: string;
  rolloutState: string | null;
  taskDefinition: string;
}
export interface Service {
  name: string;
  status: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  taskDefinition: string;
  launchType: string | null;
  schedulingStrategy: string;
  deployments: Deployment[];
  tags: Record<string, string>;
  network: { subnets: string[]; securityGroups: string[]; assignPublicIp: boolean } | null;
  events: unknown[];
}
export interface Deletion {
  service: string;
  steps: string[];
  forced: boolean;
  scaledFrom: number | null;
}
export interface Task {
  id: string;
  status: string;
  service: string | null;
}
export interface ApiError {
  error: { code: string; message: string };
}
