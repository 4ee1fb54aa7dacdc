import { describe, expect, it } from "vitest";
import { cleanPastedDefinition } from "@/lib/ecs/task-definitions/clean-up";

// Case E2: the output of `aws ecs describe-task-definition --task-definition demo:3
// --include TAGS`, pasted as it comes.
const DESCRIBE_OUTPUT = {
  taskDefinition: {
    taskDefinitionArn: "arn:aws:ecs:us-east-1:111122223333:task-definition/demo:3",
    containerDefinitions: [
      {
        name: "web",
        image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/demo:latest",
        cpu: 0,
        portMappings: [{ containerPort: 8000, hostPort: 8000, protocol: "tcp" }],
        essential: true,
        environment: [],
        mountPoints: [],
        volumesFrom: [],
        logConfiguration: {
          logDriver: "awslogs",
          options: {
            "awslogs-group": "/ecs/demo",
            "awslogs-region": "us-east-1",
            "awslogs-stream-prefix": "ecs",
          },
          secretOptions: [],
        },
        systemControls: [],
      },
    ],
    family: "demo",
    taskRoleArn: null,
    executionRoleArn: "arn:aws:iam::111122223333:role/ecsTaskExecutionRole",
    networkMode: "awsvpc",
    revision: 3,
    volumes: [],
    status: "ACTIVE",
    requiresAttributes: [
      { name: "com.amazonaws.ecs.capability.logging-driver.awslogs" },
      { name: "ecs.capability.execution-role-awslogs" },
    ],
    placementConstraints: [],
    compatibilities: ["EC2", "FARGATE"],
    requiresCompatibilities: ["FARGATE"],
    cpu: "256",
    memory: "512",
    runtimePlatform: null,
    registeredAt: "2024-05-01T10:20:30.123000+00:00",
    registeredBy: "arn:aws:sts::111122223333:assumed-role/Admin/alice",
  },
  tags: [],
};

describe("cleaning up pasted task definition JSON (E2)", () => {
  it("unwraps describe output and keeps what RegisterTaskDefinition takes", () => {
    const { definition } = cleanPastedDefinition(DESCRIBE_OUTPUT);
    expect(definition).toEqual({
      containerDefinitions: [
        {
          name: "web",
          image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/demo:latest",
          cpu: 0,
          portMappings: [{ containerPort: 8000, hostPort: 8000, protocol: "tcp" }],
          essential: true,
          logConfiguration: {
            logDriver: "awslogs",
            options: {
              "awslogs-group": "/ecs/demo",
              "awslogs-region": "us-east-1",
              "awslogs-stream-prefix": "ecs",
            },
          },
        },
      ],
      family: "demo",
      executionRoleArn: "arn:aws:iam::111122223333:role/ecsTaskExecutionRole",
      networkMode: "awsvpc",
      requiresCompatibilities: ["FARGATE"],
      cpu: "256",
      memory: "512",
    });
  });

  it("names every dropped key with why it went", () => {
    const { dropped } = cleanPastedDefinition(DESCRIBE_OUTPUT);
    expect(dropped.filter((d) => d.reason === "read-only").map((d) => d.path)).toEqual([
      "taskDefinitionArn",
      "revision",
      "status",
      "requiresAttributes",
      "compatibilities",
      "registeredAt",
      "registeredBy",
    ]);
    expect(dropped.filter((d) => d.reason === "null").map((d) => d.path)).toEqual([
      "taskRoleArn",
      "runtimePlatform",
    ]);
    expect(dropped.filter((d) => d.reason === "empty").map((d) => d.path)).toEqual([
      "containerDefinitions[0].environment",
      "containerDefinitions[0].mountPoints",
      "containerDefinitions[0].volumesFrom",
      "containerDefinitions[0].logConfiguration.secretOptions",
      "containerDefinitions[0].systemControls",
      "volumes",
      "placementConstraints",
      "tags",
    ]);
  });

  it("drops deregisteredAt too", () => {
    const inactive = {
      taskDefinition: { ...DESCRIBE_OUTPUT.taskDefinition, deregisteredAt: "2024-06-01" },
    };
    const { definition, dropped } = cleanPastedDefinition(inactive);
    expect(definition.deregisteredAt).toBeUndefined();
    expect(dropped).toContainEqual({ path: "deregisteredAt", reason: "read-only" });
  });

  it("keeps non-empty tags from beside the task definition", () => {
    const tagged = { ...DESCRIBE_OUTPUT, tags: [{ key: "team", value: "web" }] };
    const { definition } = cleanPastedDefinition(tagged);
    expect(definition.tags).toEqual([{ key: "team", value: "web" }]);
  });

  it("takes a RegisterTaskDefinition input as it is", () => {
    const input = {
      family: "demo",
      containerDefinitions: [{ name: "web", image: "nginx", command: ["sh", "-c", ""] }],
    };
    expect(cleanPastedDefinition(input)).toEqual({ definition: input, dropped: [] });
  });

  it("refuses keys no task definition has, naming them", () => {
    expect(() => cleanPastedDefinition({ family: "demo", famly: "x" })).toThrow(
      /Unknown key for a task definition: famly/,
    );
  });

  it("refuses what is not a JSON object", () => {
    expect(() => cleanPastedDefinition([1, 2])).toThrow(/must be a JSON object/);
  });
});
