// ECS state for tests made straight through the SDK, where the API under test is
// not the point (a service in a cluster, so that deleting the cluster conflicts).
import {
  CreateClusterCommand,
  CreateServiceCommand,
  DeleteClusterCommand,
  DeleteServiceCommand,
  DeregisterTaskDefinitionCommand,
  ListServicesCommand,
  RegisterTaskDefinitionCommand,
} from "@aws-sdk/client-ecs";
import { moto, quietly } from "../moto";

export async function createTestCluster(name: string): Promise<string> {
  const answer = await moto.ecs.send(new CreateClusterCommand({ clusterName: name }));
  return answer.cluster?.clusterArn ?? "";
}

/** A Fargate task definition with one container; returns `family:revision`. */
export async function registerTestTaskDefinition(family: string): Promise<string> {
  const answer = await moto.ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "256",
      memory: "512",
      containerDefinitions: [
        {
          name: "web",
          image: "slipway-test/busybox:latest",
          essential: true,
          portMappings: [{ containerPort: 8000, protocol: "tcp" }],
        },
      ],
    }),
  );
  return `${family}:${answer.taskDefinition?.revision ?? 1}`;
}

export async function createTestService(
  cluster: string,
  name: string,
  taskDefinition: string,
  desiredCount = 0,
): Promise<void> {
  await moto.ecs.send(
    new CreateServiceCommand({ cluster, serviceName: name, taskDefinition, desiredCount }),
  );
}

/** Deletes every service of the cluster (forced), the cluster, and the task definition. */
export async function removeTestCluster(cluster: string, taskDefinition?: string): Promise<void> {
  const services = await moto.ecs
    .send(new ListServicesCommand({ cluster }))
    .then((a) => a.serviceArns ?? [])
    .catch(() => []);
  for (const service of services) {
    await quietly(() => moto.ecs.send(new DeleteServiceCommand({ cluster, service, force: true })));
  }
  await quietly(() => moto.ecs.send(new DeleteClusterCommand({ cluster })));
  if (taskDefinition) {
    await quietly(() => moto.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition })));
  }
}

export async function removeTestService(cluster: string, service: string): Promise<void> {
  await moto.ecs.send(new DeleteServiceCommand({ cluster, service, force: true }));
}
