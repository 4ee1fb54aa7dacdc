import "server-only";
import {
  DescribeTasksCommand,
  ListTasksCommand,
  type Service,
  type Tag,
  type Task,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, DESCRIBE_LIMIT, describeInBatches, mapLimited } from "@/lib/aws/paging";
import type { ClusterFact, ServiceFact, TaskFact } from "@/lib/cleanup/facts";
import { listClusters } from "@/lib/ecs/clusters";
import { describeAllServices } from "@/lib/ecs/service-list";
import { clusterNameOf } from "@/lib/ecs/service-schemas";

// The region's clusters and every service in them that is not INACTIVE: the ones a
// plan removes, and the others, whose task definitions decide what must stay.

export async function clusterFacts(aws: AwsClients): Promise<ClusterFact[]> {
  const clusters = await listClusters(aws);
  return clusters.map((c) => ({
    name: c.name,
    arn: c.arn,
    status: c.status,
    tags: c.tags,
    containerInstances: c.containerInstances,
  }));
}

export async function serviceFacts(
  aws: AwsClients,
  clusters: readonly ClusterFact[],
): Promise<ServiceFact[]> {
  const perCluster = await mapLimited(clusters, 4, async (cluster) =>
    (await describeAllServices(aws, cluster.name))
      .filter((s) => s.status !== "INACTIVE")
      .map((s) => toServiceFact(cluster.name, s)),
  );
  return perCluster.flat();
}

export function toServiceFact(cluster: string, service: Service): ServiceFact {
  const definitions = [
    service.taskDefinition,
    ...(service.deployments ?? []).map((d) => d.taskDefinition),
    ...(service.taskSets ?? []).map((t) => t.taskDefinition),
  ];
  return {
    cluster,
    name: service.serviceName ?? "",
    arn: service.serviceArn ?? "",
    status: service.status ?? "ACTIVE",
    scheduling: service.schedulingStrategy ?? "REPLICA",
    desiredCount: service.desiredCount ?? 0,
    runningCount: service.runningCount ?? 0,
    taskDefinitions: [...new Set(definitions.filter((d): d is string => !!d))],
    securityGroups: service.networkConfiguration?.awsvpcConfiguration?.securityGroups ?? [],
    tags: ecsTagMap(service.tags),
  };
}

export const ecsTagMap = (tags: Tag[] | undefined) =>
  Object.fromEntries((tags ?? []).map((t) => [t.key ?? "", t.value ?? ""]));

/** A cluster's tasks that ECS still runs or starts (desired RUNNING, not yet stopped). */
export async function runningTasks(aws: AwsClients, cluster: string): Promise<TaskFact[]> {
  const tasks = await describeTasks(aws, cluster, "RUNNING");
  return tasks
    .filter((t) => t.lastStatus !== "STOPPED")
    .map((t) => ({
      arn: t.taskArn ?? "",
      cluster,
      group: t.group ?? null,
      lastStatus: t.lastStatus ?? "UNKNOWN",
    }));
}

/** Tasks of one desired status, kept to this cluster (a List call may match more). */
export async function describeTasks(
  aws: AwsClients,
  cluster: string,
  desiredStatus: "RUNNING" | "STOPPED",
): Promise<Task[]> {
  const arns = await allPages(async (nextToken) => {
    const page = await aws.ecs.send(new ListTasksCommand({ cluster, desiredStatus, nextToken }));
    return { items: page.taskArns, nextToken: page.nextToken };
  });
  const tasks = await describeInBatches(arns, DESCRIBE_LIMIT.ecsTasks, async (batch) => {
    const answer = await aws.ecs.send(new DescribeTasksCommand({ cluster, tasks: batch }));
    return answer.tasks;
  });
  return tasks.filter((t) => clusterNameOf(t.clusterArn ?? "") === cluster);
}
