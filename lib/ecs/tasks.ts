import "server-only";
import {
  DescribeTasksCommand,
  type DesiredStatus,
  ListTasksCommand,
  type ListTasksCommandInput,
  StopTaskCommand,
  type Task,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, DESCRIBE_LIMIT, describeInBatches } from "@/lib/aws/paging";
import { addressBookFor } from "@/lib/ecs/network-lookups";
import {
  clusterNameOf,
  serviceNameOf,
  type TaskStatusFilter,
  taskIdOf,
} from "@/lib/ecs/service-schemas";
import { taskDefinitionsByArn } from "@/lib/ecs/task-definition-lookup";
import { byStatusThenAge, toTaskView } from "@/lib/ecs/task-mappers";
import type { TaskView } from "@/lib/ecs/task-types";
import { conflict, notFound } from "@/lib/errors";
import { log } from "@/lib/log";

export interface TaskFilter {
  service?: string | undefined;
  /** RUNNING: tasks ECS keeps running (starting ones too); STOPPED: stopping and stopped. */
  status?: TaskStatusFilter | undefined;
  /**
   * Also the running tasks started under these values (ECS starts a service's tasks
   * under the deployment's id): a second way to find them, asked on its own because
   * ListTasks takes startedBy only as its one filter.
   */
  startedBy?: readonly string[] | undefined;
}

/**
 * A cluster's tasks, of one service when asked: ListTasks by serviceName, and the
 * described tasks kept only when their group is `service:<name>` (what ECS gives a
 * service's tasks), so a List call that ignored the filter cannot mix services.
 */
export async function listTasks(
  aws: AwsClients,
  cluster: string,
  filter: TaskFilter = {},
): Promise<TaskView[]> {
  const tasks = await findTasks(aws, cluster, filter);
  return (await taskViewsOf(aws, cluster, tasks)).sort(byStatusThenAge);
}

/** The tasks `listTasks` shows, as ECS describes them. */
export async function findTasks(
  aws: AwsClients,
  cluster: string,
  filter: TaskFilter = {},
): Promise<Task[]> {
  const service = filter.service ? serviceNameOf(filter.service) : undefined;
  const statuses: DesiredStatus[] = filter.status ? [filter.status] : ["RUNNING", "STOPPED"];
  const arns = new Set<string>();
  const list = async (input: Omit<ListTasksCommandInput, "cluster" | "nextToken">) => {
    const found = await allPages(async (nextToken) => {
      const answer = await aws.ecs.send(new ListTasksCommand({ cluster, ...input, nextToken }));
      return { items: answer.taskArns, nextToken: answer.nextToken };
    });
    for (const arn of found) arns.add(arn);
  };
  for (const desiredStatus of statuses) await list({ serviceName: service, desiredStatus });
  if (!filter.status || filter.status === "RUNNING") {
    for (const startedBy of new Set(filter.startedBy ?? [])) await list({ startedBy });
  }

  const described = await describeTasks(aws, cluster, [...arns]);
  return described.filter(
    (t) => inCluster(t, cluster) && (!service || t.group === `service:${service}`),
  );
}

export async function getTask(aws: AwsClients, cluster: string, task: string): Promise<TaskView> {
  const found = await findTaskOrThrow(aws, cluster, task);
  const [view] = await taskViewsOf(aws, cluster, [found]);
  return view as TaskView;
}

export async function stopTask(
  aws: AwsClients,
  cluster: string,
  task: string,
  reason?: string,
): Promise<TaskView> {
  const found = await findTaskOrThrow(aws, cluster, task);
  if (found.lastStatus === "STOPPED") {
    throw conflict(`Task ${taskIdOf(task)} has already stopped (${found.stoppedReason ?? ""}).`);
  }
  await aws.ecs.send(
    new StopTaskCommand({ cluster, task: found.taskArn, reason: reason ?? "Stopped in Slipway" }),
  );
  log.info("ecs task stopped", { cluster, task: found.taskArn });
  return getTask(aws, cluster, found.taskArn ?? task);
}

async function findTaskOrThrow(aws: AwsClients, cluster: string, task: string): Promise<Task> {
  const id = taskIdOf(task);
  const found = (await describeTasks(aws, cluster, [task])).find(
    (t) => taskIdOf(t.taskArn ?? "") === id && inCluster(t, cluster),
  );
  if (!found) throw notFound(`TaskNotFoundException: no task ${id} in cluster ${cluster}`);
  return found;
}

async function describeTasks(aws: AwsClients, cluster: string, arns: string[]): Promise<Task[]> {
  return describeInBatches(arns, DESCRIBE_LIMIT.ecsTasks, async (tasks) => {
    const answer = await aws.ecs.send(
      new DescribeTasksCommand({ cluster, tasks, include: ["TAGS"] }),
    );
    return answer.tasks;
  });
}

/** Tasks as the pages show them, network bindings looked up once for all. */
export async function taskViewsOf(
  aws: AwsClients,
  cluster: string,
  tasks: Task[],
): Promise<TaskView[]> {
  const definitions = await taskDefinitionsByArn(
    aws,
    tasks.map((t) => t.taskDefinitionArn ?? ""),
  );
  const book = await addressBookFor(aws, cluster, tasks, definitions);
  return tasks.map((t) => toTaskView(t, definitions.get(t.taskDefinitionArn ?? ""), book));
}

const inCluster = (task: Task, cluster: string) =>
  clusterNameOf(task.clusterArn ?? "") === clusterNameOf(cluster);
