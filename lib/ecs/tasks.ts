import "server-only";
import {
  DescribeTasksCommand,
  type DesiredStatus,
  ListTasksCommand,
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
  const service = filter.service ? serviceNameOf(filter.service) : undefined;
  const statuses: DesiredStatus[] = filter.status ? [filter.status] : ["RUNNING", "STOPPED"];
  const arns = new Set<string>();
  for (const desiredStatus of statuses) {
    const page = await allPages(async (nextToken) => {
      const answer = await aws.ecs.send(
        new ListTasksCommand({ cluster, serviceName: service, desiredStatus, nextToken }),
      );
      return { items: answer.taskArns, nextToken: answer.nextToken };
    });
    for (const arn of page) arns.add(arn);
  }
  const described = await describeTasks(aws, cluster, [...arns]);
  const tasks = described.filter(
    (t) => inCluster(t, cluster) && (!service || t.group === `service:${service}`),
  );
  return (await viewsOf(aws, cluster, tasks)).sort(byStatusThenAge);
}

export async function getTask(aws: AwsClients, cluster: string, task: string): Promise<TaskView> {
  const found = await findTaskOrThrow(aws, cluster, task);
  const [view] = await viewsOf(aws, cluster, [found]);
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

async function viewsOf(aws: AwsClients, cluster: string, tasks: Task[]): Promise<TaskView[]> {
  const definitions = await taskDefinitionsByArn(
    aws,
    tasks.map((t) => t.taskDefinitionArn ?? ""),
  );
  const book = await addressBookFor(aws, cluster, tasks, definitions);
  return tasks.map((t) => toTaskView(t, definitions.get(t.taskDefinitionArn ?? ""), book));
}

const inCluster = (task: Task, cluster: string) =>
  clusterNameOf(task.clusterArn ?? "") === clusterNameOf(cluster);
