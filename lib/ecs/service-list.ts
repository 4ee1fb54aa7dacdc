import "server-only";
import { DescribeServicesCommand, ListServicesCommand, type Service } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, DESCRIBE_LIMIT, describeInBatches } from "@/lib/aws/paging";

// Every service of a cluster, described (E3: ListServices paged to its end,
// DescribeServices at most 10 at a time).

export async function listServiceArns(aws: AwsClients, cluster: string): Promise<string[]> {
  return allPages(async (nextToken) => {
    const page = await aws.ecs.send(new ListServicesCommand({ cluster, nextToken }));
    return { items: page.serviceArns, nextToken: page.nextToken };
  });
}

export async function describeServices(
  aws: AwsClients,
  cluster: string,
  serviceArns: readonly string[],
): Promise<Service[]> {
  return describeInBatches(serviceArns, DESCRIBE_LIMIT.ecsServices, async (services) => {
    const answer = await aws.ecs.send(
      new DescribeServicesCommand({ cluster, services, include: ["TAGS"] }),
    );
    return answer.services;
  });
}

export async function describeAllServices(aws: AwsClients, cluster: string): Promise<Service[]> {
  return describeServices(aws, cluster, await listServiceArns(aws, cluster));
}
