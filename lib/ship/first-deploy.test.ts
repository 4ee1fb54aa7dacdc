import { describe, expect, it } from "vitest";
import { formToDefinition } from "@/lib/ecs/task-definitions/form";
import { firstDeployForm, firstDeployGroupName } from "@/lib/ship/first-deploy";
import { type ShipRequest, shipRequest } from "@/lib/ship/schemas";

const ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
const IMAGE = `123456789012.dkr.ecr.us-east-1.amazonaws.com/tutorial@sha256:${"c".repeat(64)}`;

const request = (create: Record<string, unknown>): ShipRequest =>
  shipRequest.parse({
    source: { image: "tutorial-app:v1" },
    repository: "tutorial",
    tag: "v1",
    cluster: "tutorial",
    service: "tutorial-web",
    create: { containerPort: 8000, executionRoleArn: ROLE, ...create },
  });

describe("a first deploy's task definition", () => {
  it("is the tutorial's: one Fargate container on its port, awslogs to /ecs/<service>", () => {
    const definition = formToDefinition(firstDeployForm(request({}), IMAGE), "us-east-1");
    expect(definition).toMatchObject({
      family: "tutorial-web",
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "256",
      memory: "512",
      executionRoleArn: ROLE,
      containerDefinitions: [
        {
          name: "tutorial-web",
          image: IMAGE,
          portMappings: [{ containerPort: 8000, hostPort: 8000, protocol: "tcp" }],
          logConfiguration: {
            logDriver: "awslogs",
            options: {
              "awslogs-group": "/ecs/tutorial-web",
              "awslogs-stream-prefix": "ecs",
              "awslogs-region": "us-east-1",
            },
          },
        },
      ],
    });
  });

  it("refuses a CPU and memory pair Fargate does not run, naming the valid memory", () => {
    expect(() => firstDeployForm(request({ cpu: 256, memory: 4096 }), IMAGE)).toThrow(
      "create.memory: memory 4096 MiB does not go with 256 CPU units (0.25 vCPU) on Fargate; " +
        "valid memory for 256 CPU units (MiB): 512, 1024, 2048",
    );
  });

  it("refuses a memory reservation above the task's memory", () => {
    expect(() => firstDeployForm(request({ memoryReservation: 1024 }), IMAGE)).toThrow(
      "create.memoryReservation: memory reservation must be within the task's 512 MiB",
    );
  });

  it("opens the port in a security group named for the cluster and service", () => {
    expect(firstDeployGroupName(request({}))).toBe("slipway-tutorial-tutorial-web");
  });
});
