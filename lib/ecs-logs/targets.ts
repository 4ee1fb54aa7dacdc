import "server-only";
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  type DesiredStatus,
  ListTasksCommand,
  type Task,
  type TaskDefinition,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, DESCRIBE_LIMIT, describeInBatches } from "@/lib/aws/paging";
import { containerLogSource } from "@/lib/ecs-logs/stream-names";
import type { EcsLogSource } from "@/lib/ecs-logs/types";
import { notFound } from "@/lib/errors";

// Which streams hold a task's or a service's logs: the tasks, then each task's own
// revision (a service's tasks may run an older one during a deployment), then each
// container's log configuration. The service views are the services part's; this
// asks ECS only what the logs need.

export interface LogPlan {
  /** One per container of each task, running tasks first, newest first. */
  sources: EcsLogSource[];
  tasks: number;
}

/** A service's newest tasks whose streams are read at once (FilterLogEvents takes 100). */
export const MAX_TASKS = 100;

export async function taskLogPlan(aws: AwsClients, cluster: string, task: string) {
  const answer = await aws.ecs.send(new DescribeTasksCommand({ cluster, tasks: [task] }));
  const found = answer.tasks?.[0];
  if (!found) throw notFound(`Task ${task} was not found in cluster ${cluster}`);
  return planFor(aws, [found]);
}

export async function serviceLogPlan(aws: AwsClients, cluster: string, service: string) {
  const answer = await aws.ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
  const name = answer.services?.[0]?.serviceName;
  if (!name) throw notFound(`ServiceNotFoundException: service ${service} not found in ${cluster}`);

  const arns: string[] = [];
  for (const desiredStatus of ["RUNNING", "STOPPED"] as DesiredStatus[]) {
    arns.push(...(await listTaskArns(aws, cluster, name, desiredStatus)));
  }
  const tasks = await describeInBatches(arns, DESCRIBE_LIMIT.ecsTasks, async (batch) => {
    const page = await aws.ecs.send(new DescribeTasksCommand({ cluster, tasks: batch }));
    return page.tasks;
  });
  // A service's tasks are in the group `service:<name>`; some ECS stand-ins ignore
  // ListTasks' serviceName filter, and the group says it on AWS as well.
  const own = tasks.filter((t) => t.group === `service:${name}`);
  return planFor(aws, newestFirst(own).slice(0, MAX_TASKS));
}

async function listTaskArns(
  aws: AwsClients,
  cluster: string,
  serviceName: string,
  desiredStatus: DesiredStatus,
) {
  return allPages(async (nextToken) => {
    const page = await aws.ecs.send(
      new ListTasksCommand({ cluster, serviceName, desiredStatus, nextToken }),
    );
    return { items: page.taskArns, nextToken: page.nextToken };
  });
}

function newestFirst(tasks: Task[]): Task[] {
  const unique = [...new Map(tasks.map((t) => [t.taskArn, t])).values()];
  const running = (t: Task) => (t.lastStatus === "STOPPED" ? 0 : 1);
  const started = (t: Task) => (t.startedAt ?? t.createdAt ?? new Date(0)).getTime();
  return unique.sort((a, b) => running(b) - running(a) || started(b) - started(a));
}

async function planFor(aws: AwsClients, tasks: Task[]): Promise<LogPlan> {
  const definitions = new Map<string, TaskDefinition>();
  for (const arn of new Set(tasks.map((t) => t.taskDefinitionArn ?? ""))) {
    if (!arn) continue;
    const answer = await aws.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }));
    if (answer.taskDefinition) definitions.set(arn, answer.taskDefinition);
  }
  const sources: EcsLogSource[] = [];
  for (const task of tasks) {
    const definition = definitions.get(task.taskDefinitionArn ?? "");
    for (const container of definition?.containerDefinitions ?? []) {
      const running = task.containers?.find((c) => c.name === container.name);
      sources.push(
        containerLogSource({
          taskArn: task.taskArn ?? "",
          container: container.name ?? "",
          logConfiguration: container.logConfiguration,
          runtimeId: running?.runtimeId,
          defaultRegion: aws.context.region,
        }),
      );
    }
  }
  return { sources, tasks: tasks.length };
}
