import "server-only";
import type { Deployment, Service, ServiceEvent } from "@aws-sdk/client-ecs";
import { clusterNameOf, serviceNameOf, taskDefinitionNameOf } from "@/lib/ecs/service-schemas";
import {
  type DeploymentView,
  EVENT_LIMIT,
  type ServiceDetail,
  type ServiceEventView,
  type ServiceSummary,
} from "@/lib/ecs/service-types";

const iso = (date: Date | undefined) => (date ? new Date(date).toISOString() : null);

export function toServiceSummary(service: Service): ServiceSummary {
  const deployments = (service.deployments ?? []).map(toDeploymentView);
  const taskDefinitionArn = service.taskDefinition ?? "";
  return {
    name: service.serviceName ?? serviceNameOf(service.serviceArn ?? ""),
    arn: service.serviceArn ?? "",
    cluster: clusterNameOf(service.clusterArn ?? ""),
    status: service.status ?? "UNKNOWN",
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    pendingCount: service.pendingCount ?? 0,
    taskDefinition: taskDefinitionNameOf(taskDefinitionArn),
    taskDefinitionArn,
    launchType: service.launchType ?? null,
    capacityProviders: (service.capacityProviderStrategy ?? []).map(
      (s) => s.capacityProvider ?? "",
    ),
    schedulingStrategy: service.schedulingStrategy ?? "REPLICA",
    createdAt: iso(service.createdAt),
    deployments,
    rolloutInProgress: deployments.some(isRollingOut),
    tags: Object.fromEntries((service.tags ?? []).map((t) => [t.key ?? "", t.value ?? ""])),
  };
}

export function toServiceDetail(service: Service): ServiceDetail {
  const awsvpc = service.networkConfiguration?.awsvpcConfiguration;
  const events = [...(service.events ?? [])]
    .sort((a, b) => time(b.createdAt) - time(a.createdAt))
    .slice(0, EVENT_LIMIT)
    .map(toEventView);
  return {
    ...toServiceSummary(service),
    network: awsvpc
      ? {
          subnets: awsvpc.subnets ?? [],
          securityGroups: awsvpc.securityGroups ?? [],
          assignPublicIp: awsvpc.assignPublicIp === "ENABLED",
        }
      : null,
    platformVersion: service.platformVersion ?? null,
    propagateTags: service.propagateTags ?? null,
    createdBy: service.createdBy ?? null,
    events,
  };
}

export function toDeploymentView(deployment: Deployment): DeploymentView {
  return {
    id: deployment.id ?? "",
    status: deployment.status ?? "UNKNOWN",
    rolloutState: deployment.rolloutState ?? null,
    rolloutStateReason: deployment.rolloutStateReason ?? null,
    taskDefinition: taskDefinitionNameOf(deployment.taskDefinition ?? ""),
    desiredCount: deployment.desiredCount ?? 0,
    runningCount: deployment.runningCount ?? 0,
    pendingCount: deployment.pendingCount ?? 0,
    failedTasks: deployment.failedTasks ?? 0,
    launchType: deployment.launchType ?? null,
    createdAt: iso(deployment.createdAt),
    updatedAt: iso(deployment.updatedAt),
  };
}

/**
 * A deployment still rolling out: ECS says IN_PROGRESS, or (for controllers that
 * leave rolloutState out) an older deployment is still being replaced.
 */
function isRollingOut(deployment: DeploymentView): boolean {
  if (deployment.rolloutState) return deployment.rolloutState === "IN_PROGRESS";
  return deployment.status === "ACTIVE";
}

export function toEventView(event: ServiceEvent): ServiceEventView {
  return { id: event.id ?? "", createdAt: iso(event.createdAt), message: event.message ?? "" };
}

const time = (date: Date | undefined) => (date ? new Date(date).getTime() : 0);
