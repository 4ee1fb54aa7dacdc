// Task definitions for service tests, registered straight through the SDK (the
// task definition routes are not what these tests are about). moto's RunTask
// needs a memory figure on each container, so each carries one.
import {
  DeregisterTaskDefinitionCommand,
  type NetworkMode,
  RegisterTaskDefinitionCommand,
} from "@aws-sdk/client-ecs";
import { moto, quietly } from "../moto";

export const SERVICE_PORT = 8000;

/** `family:revision` of a task definition for Fargate (awsvpc) or EC2 (bridge). */
export async function registerServiceTaskDefinition(
  family: string,
  networkMode: NetworkMode = "awsvpc",
): Promise<string> {
  const fargate = networkMode === "awsvpc";
  const answer = await moto.ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      networkMode,
      requiresCompatibilities: fargate ? ["FARGATE"] : ["EC2"],
      ...(fargate ? { cpu: "256", memory: "512" } : {}),
      containerDefinitions: [
        {
          name: "web",
          image: "slipway-test/busybox:latest",
          essential: true,
          memory: 512,
          // Logs as the tutorial's task does, so service and task pages can show them.
          logConfiguration: {
            logDriver: "awslogs",
            options: {
              "awslogs-group": `/ecs/${family}`,
              "awslogs-region": "us-east-1",
              "awslogs-stream-prefix": "ecs",
            },
          },
          portMappings: [
            { containerPort: SERVICE_PORT, protocol: "tcp", ...(fargate ? {} : { hostPort: 0 }) },
          ],
        },
      ],
    }),
  );
  return `${family}:${answer.taskDefinition?.revision ?? 1}`;
}

export async function deregisterTaskDefinitions(taskDefinitions: string[]): Promise<void> {
  for (const taskDefinition of taskDefinitions) {
    await quietly(() => moto.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition })));
  }
}
