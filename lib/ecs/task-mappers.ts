import "server-only";
import type { Container, Task, TaskDefinition } from "@aws-sdk/client-ecs";
import {
  type AddressBook,
  networkBindingsOf,
  networkInterfaceIdOf,
  privateIpOf,
} from "@/lib/ecs/network-bindings";
import { clusterNameOf, taskDefinitionNameOf, taskIdOf } from "@/lib/ecs/service-schemas";
import type { ContainerView, TaskView } from "@/lib/ecs/task-types";

const iso = (date: Date | undefined) => (date ? new Date(date).toISOString() : null);

export function toTaskView(
  task: Task,
  definition: TaskDefinition | undefined,
  book: AddressBook,
): TaskView {
  const group = task.group ?? null;
  return {
    id: taskIdOf(task.taskArn ?? ""),
    arn: task.taskArn ?? "",
    cluster: clusterNameOf(task.clusterArn ?? ""),
    status: task.lastStatus ?? "UNKNOWN",
    desiredStatus: task.desiredStatus ?? "UNKNOWN",
    health: task.healthStatus ?? "UNKNOWN",
    service: group?.startsWith("service:") ? group.slice("service:".length) : null,
    group,
    startedBy: task.startedBy || null,
    taskDefinition: taskDefinitionNameOf(task.taskDefinitionArn ?? ""),
    launchType: task.launchType || null,
    capacityProvider: task.capacityProviderName ?? null,
    availabilityZone: task.availabilityZone ?? null,
    cpu: task.cpu ?? null,
    memory: task.memory ?? null,
    networkMode: definition?.networkMode ?? null,
    privateIp: privateIpOf(task),
    networkInterfaceId: networkInterfaceIdOf(task),
    stoppedReason: task.stoppedReason || null,
    stopCode: task.stopCode ?? null,
    createdAt: iso(task.createdAt),
    startedAt: iso(task.startedAt),
    stoppingAt: iso(task.stoppingAt),
    stoppedAt: iso(task.stoppedAt),
    containers: (task.containers ?? []).map(toContainerView),
    networkBindings: networkBindingsOf(task, definition, book),
  };
}

function toContainerView(container: Container): ContainerView {
  return {
    name: container.name ?? "",
    image: container.image ?? "",
    status: container.lastStatus ?? "UNKNOWN",
    health: container.healthStatus ?? "UNKNOWN",
    // ECS reports an exit code only once the container has stopped.
    exitCode: container.lastStatus === "STOPPED" ? (container.exitCode ?? null) : null,
    reason: container.reason || null,
  };
}

const STATUS_ORDER = ["RUNNING", "ACTIVATING", "PENDING", "PROVISIONING"];

/** Live tasks first (running before starting), then stopping and stopped, newest first. */
export function byStatusThenAge(a: TaskView, b: TaskView): number {
  const rank = (t: TaskView) => {
    const index = STATUS_ORDER.indexOf(t.status);
    return index >= 0 ? index : t.status === "STOPPED" ? 99 : 50;
  };
  const when = (t: TaskView) => t.startedAt ?? t.createdAt ?? "";
  return rank(a) - rank(b) || when(b).localeCompare(when(a)) || a.id.localeCompare(b.id);
}
