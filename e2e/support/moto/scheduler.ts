// The test harness that plays ECS's scheduler where moto does not (MOTO.md):
// moto's services start no tasks. playScheduler() does, in one place, what ECS
// would do for one service: start tasks of the service's revision up to the
// desired count (RunTask with group `service:<name>`, startedBy the primary
// deployment, the service's network configuration and tags), give Fargate tasks
// with assignPublicIp their public IP (AllocateAddress + AssociateAddress on the
// task's interface), stop tasks of an older revision (a rolling update), beyond
// the desired count or of a deleted service, releasing their address and
// interface as AWS does when a Fargate task stops, and have the service count
// its running tasks (moto counts only what UpdateService's desiredCount says).
import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  DeleteNetworkInterfaceCommand,
  DescribeAddressesCommand,
  DisassociateAddressCommand,
  ReleaseAddressCommand,
} from "@aws-sdk/client-ec2";
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  type DesiredStatus,
  ListContainerInstancesCommand,
  ListTasksCommand,
  RunTaskCommand,
  type Service,
  StopTaskCommand,
  type Task,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import { moto, quietly } from "../moto";

export interface SchedulerPlay {
  /** ARNs of the tasks started. */
  started: string[];
  stopped: string[];
  /** The public IP given to each started task, by task ARN. */
  publicIps: Record<string, string>;
}

/** Makes the service's running tasks match what ECS would run for it now. */
export async function playScheduler(cluster: string, service: string): Promise<SchedulerPlay> {
  const found = await describeService(cluster, service);
  const name = found.serviceName ?? service;
  const running = await serviceTasks(cluster, name, "RUNNING");
  const current = running.filter((t) => sameRevision(t.taskDefinitionArn, found.taskDefinition));
  const older = running.filter((t) => !current.includes(t));
  const target = await targetCount(cluster, found);
  const play: SchedulerPlay = { started: [], stopped: [], publicIps: {} };

  for (let missing = target - current.length; missing > 0; missing -= 10) {
    for (const task of await startTasks(cluster, found, Math.min(missing, 10))) {
      play.started.push(task.taskArn ?? "");
      const ip = await givePublicIp(found, task);
      if (ip) play.publicIps[task.taskArn ?? ""] = ip;
    }
  }
  // A rolling update: the new revision's tasks run, then the older ones stop.
  for (const task of [...older, ...current.slice(Math.max(target, 0))]) {
    await stopAsEcsWould(cluster, task, scaleInReason(found));
    play.stopped.push(task.taskArn ?? "");
  }
  await countRunningTasks(cluster, found, target);
  return play;
}

/**
 * What ECS shows once the tasks run: the service's running count. moto sets it only
 * from UpdateService's desiredCount, so the harness sends the count it already has.
 */
async function countRunningTasks(cluster: string, service: Service, running: number) {
  if (service.status !== "ACTIVE" || service.runningCount === running) return;
  if (running !== service.desiredCount) return;
  await moto.ecs.send(
    new UpdateServiceCommand({ cluster, service: service.serviceName, desiredCount: running }),
  );
}

export async function describeService(cluster: string, service: string): Promise<Service> {
  const described = await moto.ecs.send(
    new DescribeServicesCommand({ cluster, services: [service] }),
  );
  const found = described.services?.[0];
  if (!found) throw new Error(`scheduler: no service ${service} in ${cluster}`);
  return found;
}

/** `family:revision` equality: moto keeps whichever form UpdateService was given. */
function sameRevision(a: string | undefined, b: string | undefined): boolean {
  const revision = (ref: string | undefined) => ref?.slice(ref.lastIndexOf("/") + 1);
  return Boolean(a) && revision(a) === revision(b);
}

/** Releases the address and interface of the cluster's stopped tasks, as AWS does on stop. */
export async function settleStoppedTasks(cluster: string): Promise<void> {
  for (const task of await clusterTasks(cluster, "STOPPED")) await releaseTaskNetwork(task);
}

/** Test clean-up: stops every task left in the cluster and releases their addresses. */
export async function stopAllTasks(cluster: string): Promise<void> {
  for (const task of await clusterTasks(cluster, "RUNNING")) {
    await quietly(() => stopAsEcsWould(cluster, task, "Test clean-up"));
  }
  await quietly(() => settleStoppedTasks(cluster));
}

/** A service's tasks: moto ignores ListTasks' serviceName, so the group decides. */
export async function serviceTasks(
  cluster: string,
  service: string,
  desiredStatus: DesiredStatus,
): Promise<Task[]> {
  const tasks = await clusterTasks(cluster, desiredStatus);
  return tasks.filter((t) => t.group === `service:${service}`);
}

async function clusterTasks(cluster: string, desiredStatus: DesiredStatus): Promise<Task[]> {
  const listed = await moto.ecs.send(new ListTasksCommand({ cluster, desiredStatus }));
  const arns = listed.taskArns ?? [];
  const tasks: Task[] = [];
  for (let i = 0; i < arns.length; i += 100) {
    const answer = await moto.ecs.send(
      new DescribeTasksCommand({ cluster, tasks: arns.slice(i, i + 100) }),
    );
    tasks.push(...(answer.tasks ?? []));
  }
  // moto matches the cluster by substring: keep only this cluster's tasks.
  return tasks.filter((t) => t.clusterArn?.endsWith(`:cluster/${cluster}`));
}

/** REPLICA: the desired count while ACTIVE; DAEMON: one per active container instance. */
async function targetCount(cluster: string, service: Service): Promise<number> {
  if (service.status !== "ACTIVE") return 0;
  if (service.schedulingStrategy !== "DAEMON") return service.desiredCount ?? 0;
  const instances = await moto.ecs.send(
    new ListContainerInstancesCommand({ cluster, status: "ACTIVE" }),
  );
  return instances.containerInstanceArns?.length ?? 0;
}

export async function startTasks(
  cluster: string,
  service: Service,
  count: number,
): Promise<Task[]> {
  const primary = service.deployments?.find((d) => d.status === "PRIMARY");
  const answer = await moto.ecs.send(
    new RunTaskCommand({
      cluster,
      taskDefinition: service.taskDefinition,
      count,
      group: `service:${service.serviceName}`,
      // ECS starts a service's tasks under its deployment id (at most 36 characters).
      startedBy: primary?.id ?? service.serviceName?.slice(0, 36),
      ...(service.capacityProviderStrategy?.length
        ? { capacityProviderStrategy: service.capacityProviderStrategy }
        : { launchType: service.launchType }),
      networkConfiguration: service.networkConfiguration,
      tags: service.propagateTags === "SERVICE" ? service.tags : undefined,
    }),
  );
  if (answer.failures?.length) {
    throw new Error(`scheduler: RunTask failed: ${JSON.stringify(answer.failures)}`);
  }
  return answer.tasks ?? [];
}

/** What AWS gives a Fargate task with assignPublicIp ENABLED, and moto does not. */
async function givePublicIp(service: Service, task: Task): Promise<string | null> {
  const wanted = service.networkConfiguration?.awsvpcConfiguration?.assignPublicIp === "ENABLED";
  const eni = interfaceOf(task);
  if (!wanted || !eni) return null;
  const address = await moto.ec2.send(
    new AllocateAddressCommand({
      Domain: "vpc",
      TagSpecifications: [
        { ResourceType: "elastic-ip", Tags: [{ Key: "slipway-test", Value: "1" }] },
      ],
    }),
  );
  await moto.ec2.send(
    new AssociateAddressCommand({ AllocationId: address.AllocationId, NetworkInterfaceId: eni }),
  );
  return address.PublicIp ?? null;
}

export async function stopAsEcsWould(cluster: string, task: Task, reason: string): Promise<void> {
  await moto.ecs.send(new StopTaskCommand({ cluster, task: task.taskArn, reason }));
  await releaseTaskNetwork(task);
}

async function releaseTaskNetwork(task: Task): Promise<void> {
  const eni = interfaceOf(task);
  if (!eni) return;
  const addresses = await moto.ec2.send(
    new DescribeAddressesCommand({ Filters: [{ Name: "network-interface-id", Values: [eni] }] }),
  );
  for (const address of addresses.Addresses ?? []) {
    if (address.AssociationId) {
      const AssociationId = address.AssociationId;
      await quietly(() => moto.ec2.send(new DisassociateAddressCommand({ AssociationId })));
    }
    const AllocationId = address.AllocationId;
    await quietly(() => moto.ec2.send(new ReleaseAddressCommand({ AllocationId })));
  }
  await quietly(() =>
    moto.ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: eni })),
  );
}

function scaleInReason(service: Service): string {
  const primary = service.deployments?.find((d) => d.status === "PRIMARY");
  return service.status === "ACTIVE"
    ? `Scaling activity initiated by (deployment ${primary?.id ?? "unknown"})`
    : `Service ${service.serviceName} was deleted`;
}

export function interfaceOf(task: Task): string | null {
  for (const attachment of task.attachments ?? []) {
    const eni = attachment.details?.find((d) => d.name === "networkInterfaceId")?.value;
    if (eni) return eni;
  }
  return null;
}
