"use client";

import { useQuery } from "@tanstack/react-query";
import { useAwsScope } from "@/components/aws/use-aws";
import { getJson, seg, sendJson } from "@/lib/client/api";
import { type AwsScope, awsKeys } from "@/lib/client/query-keys";
import type { ServiceDeletion, ServiceDetail, ServiceSummary } from "@/lib/ecs/service-types";
import type { TaskView } from "@/lib/ecs/task-types";

// Service and task data for the ECS pages. The service and task pages poll
// while something is on its way (a rollout, a starting or stopping task), at a
// modest pace, and stop polling once it has settled.

const POLL_MS = 5_000;
const NO_SCOPE: AwsScope = { profile: null, region: null };

export const clusterPath = (cluster: string) => `/api/ecs/clusters/${seg(cluster)}`;
export const servicePath = (cluster: string, service: string) =>
  `${clusterPath(cluster)}/services/${seg(service)}`;
export const taskPath = (cluster: string, taskId: string) =>
  `${clusterPath(cluster)}/tasks/${seg(taskId)}`;

/** A task on its way somewhere: starting, or asked to stop and not stopped yet. */
export const isUnsettled = (task: TaskView) =>
  task.status !== task.desiredStatus && task.status !== "STOPPED";

function useScope() {
  const scope = useAwsScope();
  return { scope: scope ?? NO_SCOPE, ready: scope !== null };
}

export function useServices(cluster: string) {
  const { scope, ready } = useScope();
  return useQuery({
    queryKey: awsKeys.services(scope, cluster),
    queryFn: () => getJson<ServiceSummary[]>(`${clusterPath(cluster)}/services`),
    enabled: ready,
    refetchInterval: (query) =>
      query.state.data?.some((s) => s.rolloutInProgress) ? POLL_MS * 2 : false,
  });
}

export function useService(cluster: string, service: string, enabled = true) {
  const { scope, ready } = useScope();
  return useQuery({
    queryKey: awsKeys.service(scope, cluster, service),
    queryFn: () => getJson<ServiceDetail>(servicePath(cluster, service)),
    enabled: ready && enabled,
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
    refetchInterval: (query) => (query.state.data?.rolloutInProgress ? POLL_MS : false),
  });
}

export function useTasks(
  cluster: string,
  filter: { service?: string; status?: "RUNNING" | "STOPPED" },
  pollWhile = false,
  enabled = true,
) {
  const { scope, ready } = useScope();
  const params = new URLSearchParams();
  if (filter.service) params.set("service", filter.service);
  if (filter.status) params.set("status", filter.status);
  return useQuery({
    queryKey: awsKeys.tasks(scope, cluster, filter),
    queryFn: () => getJson<TaskView[]>(`${clusterPath(cluster)}/tasks?${params}`),
    enabled: ready && enabled,
    refetchInterval: (query) =>
      pollWhile || query.state.data?.some(isUnsettled) ? POLL_MS : false,
  });
}

export function useTask(cluster: string, taskId: string) {
  const { scope, ready } = useScope();
  return useQuery({
    queryKey: awsKeys.task(scope, cluster, taskId),
    queryFn: () => getJson<TaskView>(taskPath(cluster, taskId)),
    enabled: ready,
    refetchInterval: (query) =>
      query.state.data && isUnsettled(query.state.data) ? POLL_MS : false,
  });
}

export interface ServiceChangeRequest {
  desiredCount?: number;
  taskDefinition?: string;
  forceNewDeployment?: boolean;
}

export const updateService = (cluster: string, service: string, change: ServiceChangeRequest) =>
  sendJson<ServiceDetail>("PATCH", servicePath(cluster, service), change);

export const deleteService = (cluster: string, service: string, force: boolean) =>
  sendJson<ServiceDeletion>("DELETE", `${servicePath(cluster, service)}?force=${force}`);

export const stopTask = (cluster: string, taskId: string) =>
  sendJson<TaskView>("POST", `${taskPath(cluster, taskId)}/stop`, {});
