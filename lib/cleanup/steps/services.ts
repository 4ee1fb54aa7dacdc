import "server-only";
import {
  DeleteServiceCommand,
  DescribeServicesCommand,
  type Service,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { describeTasks } from "@/lib/cleanup/discover/ecs";
import { type Act, forEachItem, located } from "@/lib/cleanup/steps/each";
import type { CleanupItem } from "@/lib/cleanup/types";
import { waitFor } from "@/lib/cleanup/wait";
import type { StepContext } from "@/lib/flows/runner";
import { plural } from "@/lib/format/plural";
import { log } from "@/lib/log";

// Services go in three steps, each for all of them: scaled to 0 (never a DAEMON
// service: it has no count), deleted with force, then awaited until ECS lists them
// INACTIVE and their tasks have stopped.

const SERVICE_WAIT_MS = 10 * 60_000;
const POLL_MS = 3_000;

/** The service now, or a ServiceNotFoundException-like error when ECS has none. */
async function currentService(aws: AwsClients, item: CleanupItem): Promise<Service | null> {
  const cluster = located(item, "cluster");
  const service = located(item, "service");
  const answer = await aws.ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  const found = answer.services?.find((s) => s.serviceName === service);
  return found && found.status !== "INACTIVE" ? found : null;
}

export async function scaleServices(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  const replicas = items.filter((i) => i.locator.scheduling !== "DAEMON");
  for (const daemon of items.filter((i) => i.locator.scheduling === "DAEMON")) {
    ctx.log(`service ${daemon.name}: a DAEMON service, not scaled (deleted with force next)`);
  }
  if (replicas.length === 0) return ctx.skip("only DAEMON services: they are never scaled");
  await forEachItem(ctx, replicas, async (item) => {
    const current = await currentService(aws, item);
    if (!current) return "already deleted (INACTIVE)";
    if (current.status === "DRAINING") return "already being deleted (DRAINING)";
    const from = current.desiredCount ?? 0;
    if (from === 0) return "already at 0";
    const cluster = located(item, "cluster");
    const service = located(item, "service");
    await aws.ecs.send(new UpdateServiceCommand({ cluster, service, desiredCount: 0 }));
    log.info("cleanup scaled service", { cluster, service, from });
    return `scaled from ${from} to 0`;
  });
}

export async function deleteServices(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  const act: Act = async (item) => {
    const cluster = located(item, "cluster");
    const service = located(item, "service");
    const current = await currentService(aws, item);
    if (!current) return "already deleted (INACTIVE)";
    if (current.status === "DRAINING") return "already being deleted (DRAINING)";
    const answer = await aws.ecs.send(new DeleteServiceCommand({ cluster, service, force: true }));
    log.info("cleanup deleted service", { cluster, service });
    return `deleted with force (${answer.service?.status ?? "DRAINING"}); ECS stops its tasks`;
  };
  await forEachItem(ctx, items, act);
}

/** Waits until every service is INACTIVE (or unknown) and every task of it has stopped. */
export async function awaitServicesGone(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  const services = items.filter((i) => i.kind === "service");
  const plannedTasks = items.filter((i) => i.kind === "task");
  for (const service of services) {
    const known = new Set(
      plannedTasks.filter((t) => t.locator.service === service.name).map((t) => t.locator.task),
    );
    await waitFor(ctx, {
      what: `service ${service.name} to become INACTIVE and its tasks to stop`,
      timeoutMs: SERVICE_WAIT_MS,
      intervalMs: POLL_MS,
      poll: async () => {
        const current = await currentService(aws, service).catch(whenClusterGone(null));
        const running = await serviceTasks(aws, service);
        for (const arn of running) known.add(arn);
        const stopped = known.size - running.length;
        const tasks = `${stopped} of ${plural(known.size, "task")} stopped`;
        return {
          done: current === null && running.length === 0,
          status: current
            ? `service ${service.name} to become INACTIVE (now ${current.status}), ${tasks}`
            : `the tasks of service ${service.name} to stop, ${tasks}`,
        };
      },
    });
    ctx.log(`service ${service.name}: INACTIVE, ${plural(known.size, "task")} stopped`);
  }
}

/** The ARNs of a service's tasks that have not stopped yet. */
async function serviceTasks(aws: AwsClients, service: CleanupItem): Promise<string[]> {
  const cluster = located(service, "cluster");
  const tasks = [
    ...(await describeTasks(aws, cluster, "RUNNING").catch(whenClusterGone([]))),
    ...(await describeTasks(aws, cluster, "STOPPED").catch(whenClusterGone([]))),
  ];
  return tasks
    .filter((t) => t.group === `service:${service.name}` && t.lastStatus !== "STOPPED")
    .map((t) => t.taskArn ?? "");
}

// A cluster deleted meanwhile holds neither the service nor its tasks any more.
export function whenClusterGone<T>(value: T) {
  return (error: unknown): T => {
    if ((error as Error)?.name === "ClusterNotFoundException") return value;
    throw error;
  };
}
