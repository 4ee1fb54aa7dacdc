import "server-only";
import {
  type Cluster,
  CreateClusterCommand,
  DeleteClusterCommand,
  DescribeClustersCommand,
  ListClustersCommand,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, DESCRIBE_LIMIT, describeInBatches } from "@/lib/aws/paging";
import { serially } from "@/lib/aws/serially";
import { ecsTags } from "@/lib/aws/tags";
import { type ClusterSummary, toClusterSummary } from "@/lib/ecs/cluster-mappers";
import { describeAllServices } from "@/lib/ecs/service-list";
import { AppError, conflict } from "@/lib/errors";
import { plural } from "@/lib/format/plural";
import { log } from "@/lib/log";

const INCLUDE = ["STATISTICS", "TAGS"] as const;

/** Clusters of the region; INACTIVE ones (deleted, still listed a while) only when asked. */
export async function listClusters(aws: AwsClients, withInactive = false) {
  const arns = await allPages(async (nextToken) => {
    const page = await aws.ecs.send(new ListClustersCommand({ nextToken }));
    return { items: page.clusterArns, nextToken: page.nextToken };
  });
  const clusters = await describeInBatches(arns, DESCRIBE_LIMIT.ecsClusters, async (batch) => {
    const answer = await aws.ecs.send(
      new DescribeClustersCommand({ clusters: batch, include: [...INCLUDE] }),
    );
    return answer.clusters;
  });
  return clusters
    .map(toClusterSummary)
    .filter((c) => withInactive || c.status !== "INACTIVE")
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function getClusterOrThrow(aws: AwsClients, cluster: string): Promise<ClusterSummary> {
  const found = await findCluster(aws, cluster);
  if (!found || found.status === "INACTIVE") {
    throw new AppError("not_found", `ClusterNotFoundException: cluster ${cluster} not found`);
  }
  return toClusterSummary(found);
}

/** A Fargate cluster: FARGATE and FARGATE_SPOT, FARGATE by default. */
export async function createCluster(aws: AwsClients, name: string, app?: string) {
  const { profile, region } = aws.context;
  return serially(`cluster:${profile ?? ""}:${region}:${name}`, () =>
    createClusterOnce(aws, name, app),
  );
}

async function createClusterOnce(aws: AwsClients, name: string, app?: string) {
  // CreateCluster answers an existing ACTIVE cluster of that name as if it made it.
  const existing = await findCluster(aws, name);
  if (existing && existing.status !== "INACTIVE") {
    throw conflict(`A cluster named ${name} already exists (${existing.status}).`);
  }
  const answer = await aws.ecs.send(
    new CreateClusterCommand({
      clusterName: name,
      capacityProviders: ["FARGATE", "FARGATE_SPOT"],
      defaultCapacityProviderStrategy: [{ capacityProvider: "FARGATE", weight: 1, base: 0 }],
      tags: ecsTags(app ?? name),
    }),
  );
  log.info("ecs cluster created", { cluster: name, region: aws.context.region });
  return toClusterSummary(answer.cluster ?? { clusterName: name });
}

/**
 * Deletes a cluster that has no services left. AWS refuses while services exist
 * (ClusterContainsServicesException); Slipway checks first so it can name them
 * and say how to clear them.
 */
export async function deleteCluster(aws: AwsClients, cluster: string) {
  await getClusterOrThrow(aws, cluster);
  const services = (await describeAllServices(aws, cluster)).filter((s) => s.status !== "INACTIVE");
  if (services.length > 0) {
    const names = services.map((s) => s.serviceName ?? s.serviceArn ?? "?");
    throw conflict(
      `Cluster ${cluster} still has ${plural(services.length, "service")}: ` +
        `${names.join(", ")}. Delete or scale down the services first: delete each one on the ` +
        `cluster's Services page (scaling it to 0), or \`aws ecs delete-service --cluster ` +
        `${cluster} --service <name> --force\`; then delete the cluster.`,
      {
        services: services.map((s) => ({
          name: s.serviceName ?? "",
          arn: s.serviceArn ?? "",
          status: s.status ?? "",
          desiredCount: s.desiredCount ?? 0,
          runningCount: s.runningCount ?? 0,
        })),
      },
    );
  }
  await aws.ecs.send(new DeleteClusterCommand({ cluster }));
  log.info("ecs cluster deleted", { cluster, region: aws.context.region });
  return { deleted: cluster };
}

async function findCluster(aws: AwsClients, cluster: string): Promise<Cluster | undefined> {
  const answer = await aws.ecs.send(
    new DescribeClustersCommand({ clusters: [cluster], include: [...INCLUDE] }),
  );
  return answer.clusters?.[0];
}
