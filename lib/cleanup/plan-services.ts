import { type DraftItem, draftItem, itemId, type PlanInput } from "@/lib/cleanup/draft";
import type { ServiceFact, TaskFact } from "@/lib/cleanup/facts";
import { clustersInScope, servicesInScope } from "@/lib/cleanup/scope";
import { shortName } from "@/lib/ecs/names";
import { plural } from "@/lib/format/plural";

// Services, their tasks and clusters. A REPLICA service is scaled to 0 first; a DAEMON
// service has no count to set, so it is never scaled, only deleted with force. A
// cluster goes only when nothing of it stays: ECS refuses to delete one that holds
// services, running tasks or registered container instances.

export interface ServicePlan {
  items: DraftItem[];
  removed: ServiceFact[];
}

export const serviceKey = (s: Pick<ServiceFact, "cluster" | "name">) => `${s.cluster}/${s.name}`;
export const serviceItemId = (s: Pick<ServiceFact, "cluster" | "name">) =>
  itemId("service", serviceKey(s));

export function planServices(input: PlanInput): ServicePlan {
  const { target, names, facts } = input;
  const clusters = clustersInScope(target, names, facts.clusters);
  const removed = servicesInScope(target, names, facts.services);
  const items = removed.flatMap((service) => [
    serviceItem(service, input),
    ...tasksOf(service, facts.tasks),
  ]);

  for (const cluster of clusters) {
    const others = facts.services.filter(
      (s) => s.cluster === cluster.name && s.status !== "INACTIVE" && !removed.includes(s),
    );
    const why = whyCluster(input, cluster.name, cluster.tags);
    let action: "remove" | "keep" = "remove";
    let reason = `${why}: deleted once its services and tasks are gone`;
    if (others.length > 0) {
      action = "keep";
      reason =
        `holds ${plural(others.length, "service")} this cleanup does not remove ` +
        `(${others.map((s) => s.name).join(", ")})`;
    } else if (cluster.containerInstances > 0) {
      action = "keep";
      reason =
        `${plural(cluster.containerInstances, "container instance")} registered: ECS ` +
        "refuses to delete it until they are deregistered";
    }
    // Tasks no service owns are stopped only for a cluster that goes.
    const loose =
      action === "keep"
        ? []
        : facts.tasks
            .filter((t) => t.cluster === cluster.name && !removed.some((s) => ownsTask(s, t)))
            .map(looseTask);
    items.push(...loose);
    const dependsOn = [
      ...removed.filter((s) => s.cluster === cluster.name).map(serviceItemId),
      ...loose.map((t) => t.id),
    ];
    items.push(
      draftItem("cluster", cluster.name, {
        name: cluster.name,
        arn: cluster.arn,
        action,
        reason,
        dependsOn,
        locator: { cluster: cluster.name },
      }),
    );
  }
  return { items, removed };
}

function serviceItem(service: ServiceFact, input: PlanInput): DraftItem {
  const daemon = service.scheduling === "DAEMON";
  let how = "deleted with force; ECS stops its tasks";
  if (daemon) how = "a DAEMON service: never scaled, deleted with force";
  else if (service.desiredCount > 0) {
    how = `scaled from ${service.desiredCount} to 0, then deleted with force`;
  }
  return draftItem("service", serviceKey(service), {
    name: service.name,
    arn: service.arn,
    action: "remove",
    reason: `${whyService(input, service)}: ${how}`,
    locator: {
      cluster: service.cluster,
      service: service.name,
      scheduling: service.scheduling,
      desiredCount: String(service.desiredCount),
    },
  });
}

function whyService(input: PlanInput, service: ServiceFact): string {
  const { target, names } = input;
  if (names.services.some((n) => shortName(n.service) === service.name)) return "named by you";
  if (target.kind === "service") return "the service you chose";
  if (target.kind === "cluster") return `in cluster ${service.cluster}`;
  return `tagged slipway:app=${target.app}`;
}

function whyCluster(input: PlanInput, name: string, tags: Record<string, string>): string {
  if (input.names.clusters.some((c) => shortName(c) === name)) return "named by you";
  if (input.target.kind === "cluster") return "the cluster you chose";
  return `tagged slipway:app=${tags["slipway:app"] ?? ""}`;
}

const ownsTask = (service: ServiceFact, task: TaskFact) =>
  task.cluster === service.cluster && task.group === `service:${service.name}`;

const taskKey = (task: TaskFact) => `${task.cluster}/${shortName(task.arn)}`;

function tasksOf(service: ServiceFact, tasks: readonly TaskFact[]): DraftItem[] {
  return tasks
    .filter((t) => ownsTask(service, t))
    .map((task) =>
      draftItem("task", taskKey(task), {
        name: shortName(task.arn),
        arn: task.arn,
        action: "remove",
        reason: `a task of service ${service.name} (${task.lastStatus}): ECS stops it when the service is deleted; the run waits for it`,
        dependsOn: [serviceItemId(service)],
        locator: { cluster: task.cluster, task: task.arn, service: service.name },
      }),
    );
}

function looseTask(task: TaskFact): DraftItem {
  return draftItem("task", taskKey(task), {
    name: shortName(task.arn),
    arn: task.arn,
    action: "remove",
    reason: `runs in cluster ${task.cluster} outside the services removed here (${task.lastStatus}): stopped so the cluster can go`,
    locator: { cluster: task.cluster, task: task.arn },
  });
}
