import "server-only";
import { DescribeServicesCommand, type Service } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { describeAllServices } from "@/lib/ecs/service-list";
import { toServiceDetail, toServiceSummary } from "@/lib/ecs/service-mappers";
import { serviceNameOf } from "@/lib/ecs/service-schemas";
import type { ServiceDetail, ServiceSummary } from "@/lib/ecs/service-types";
import { notFound } from "@/lib/errors";

/** A cluster's services by name; deleted (INACTIVE) ones only when asked. */
export async function listServices(
  aws: AwsClients,
  cluster: string,
  withInactive = false,
): Promise<ServiceSummary[]> {
  const services = await describeAllServices(aws, cluster);
  return services
    .filter((s) => withInactive || s.status !== "INACTIVE")
    .map(toServiceSummary)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function getService(
  aws: AwsClients,
  cluster: string,
  service: string,
): Promise<ServiceDetail> {
  return toServiceDetail(await findServiceOrThrow(aws, cluster, service));
}

/**
 * The service as ECS describes it. ECS keeps deleted services listed as INACTIVE
 * for a while; for Slipway they are gone, so both answer 404.
 */
export async function findServiceOrThrow(
  aws: AwsClients,
  cluster: string,
  service: string,
): Promise<Service> {
  const found = await findService(aws, cluster, service);
  if (!found) {
    throw notFound(`ServiceNotFoundException: no service ${service} in cluster ${cluster}`);
  }
  if (found.status === "INACTIVE") {
    throw notFound(`ServiceNotFoundException: service ${service} was deleted (INACTIVE)`);
  }
  return found;
}

/** The service of that name in the cluster, whatever its status; undefined when none. */
export async function findService(
  aws: AwsClients,
  cluster: string,
  service: string,
): Promise<Service | undefined> {
  const answer = await aws.ecs.send(
    new DescribeServicesCommand({ cluster, services: [service], include: ["TAGS"] }),
  );
  const name = serviceNameOf(service);
  return answer.services?.find((s) => s.serviceName === name || s.serviceArn === service);
}
