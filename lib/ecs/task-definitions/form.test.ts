import { describe, expect, it } from "vitest";
import { formToDefinition, taskDefinitionForm } from "@/lib/ecs/task-definitions/form";
import { EMPTY_FORM, formBody, formFromDefinition } from "@/lib/ecs/task-definitions/form-values";

const ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
const values = {
  ...EMPTY_FORM,
  family: "demo",
  image: "slipway-test/busybox:latest",
  executionRoleArn: ROLE,
  portMappings: [{ containerPort: 8000, protocol: "tcp" as const }],
  environment: [{ name: "MODE", value: "demo" }],
};

const problems = (input: unknown) => {
  const result = taskDefinitionForm.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the task definition form", () => {
  it("gives a Fargate task definition with awslogs to /ecs/<family> by default", () => {
    const form = taskDefinitionForm.parse(formBody(values));
    expect(formToDefinition(form, "us-east-1")).toEqual({
      family: "demo",
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "256",
      memory: "512",
      executionRoleArn: ROLE,
      containerDefinitions: [
        {
          name: "web",
          image: "slipway-test/busybox:latest",
          essential: true,
          portMappings: [{ containerPort: 8000, hostPort: 8000, protocol: "tcp" }],
          environment: [{ name: "MODE", value: "demo" }],
          logConfiguration: {
            logDriver: "awslogs",
            options: {
              "awslogs-group": "/ecs/demo",
              "awslogs-stream-prefix": "ecs",
              "awslogs-region": "us-east-1",
            },
          },
        },
      ],
    });
  });

  it("refuses a memory size the CPU does not go with, listing those that do", () => {
    expect(problems(formBody({ ...values, cpu: 512, memory: 512 }))).toEqual([
      "memory: memory 512 MiB does not go with 512 CPU units (0.5 vCPU) on Fargate; " +
        "valid memory for 512 CPU units (MiB): 1024, 2048, 3072, 4096",
    ]);
  });

  it("refuses family and container names with other characters", () => {
    expect(problems(formBody({ ...values, family: "my app", containerName: "web.1" }))).toEqual([
      "family: family holds letters, digits, - and _ only",
      "containerName: container name holds letters, digits, - and _ only",
    ]);
  });

  it("refuses a port outside 1 to 65535 and the same port twice", () => {
    const twice = [
      { containerPort: 80, protocol: "tcp" as const },
      { containerPort: 80, protocol: "tcp" as const },
    ];
    expect(problems(formBody({ ...values, portMappings: twice }))).toEqual([
      "portMappings: 80/tcp twice",
    ]);
    const zero = [{ containerPort: 0, protocol: "tcp" as const }];
    expect(problems(formBody({ ...values, portMappings: zero }))).toEqual([
      "portMappings.0.containerPort: container port must be 1 to 65535",
    ]);
  });

  it("refuses a variable named twice or with a space", () => {
    const environment = [
      { name: "A", value: "1" },
      { name: "A", value: "2" },
      { name: "B C", value: "" },
    ];
    expect(problems(formBody({ ...values, environment }))).toEqual([
      "environment.2.name: variable name may not hold = or spaces",
      "environment: A twice",
    ]);
  });

  it("asks for the execution role when awslogs is on", () => {
    expect(problems(formBody({ ...values, executionRoleArn: "" }))[0]).toMatch(
      /^executionRoleArn: Fargate sends awslogs logs with the task execution role/,
    );
    const off = { ...values, executionRoleArn: "", logging: { ...values.logging, enabled: false } };
    expect(problems(formBody(off))).toEqual([]);
  });

  it("keeps the container's memory reservation within the task's memory", () => {
    expect(problems(formBody({ ...values, memoryReservation: 1024 }))).toEqual([
      "memoryReservation: memory reservation must be within the task's 512 MiB",
    ]);
    const form = taskDefinitionForm.parse(formBody({ ...values, memoryReservation: 256 }));
    const [container] = formToDefinition(form, null).containerDefinitions as Array<{
      memoryReservation?: number;
    }>;
    expect(container?.memoryReservation).toBe(256);
  });

  it("refuses a role that is not an IAM role ARN", () => {
    expect(problems(formBody({ ...values, executionRoleArn: "ecsTaskExecutionRole" }))).toEqual([
      "executionRoleArn: role must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)",
    ]);
  });
});

describe("a new revision from an existing one", () => {
  it("fills the form from a revision the form made, losing nothing", () => {
    const form = taskDefinitionForm.parse(formBody(values));
    const definition = formToDefinition(form, "us-east-1");
    const again = formFromDefinition({ ...definition, tags: [{ key: "slipway:app", value: "x" }] });
    expect(again.uncovered).toEqual([]);
    expect(again.values).toEqual({
      ...values,
      app: "x",
      logging: { enabled: true, group: "/ecs/demo", region: "us-east-1", streamPrefix: "ecs" },
    });
  });

  it("names what the form cannot show", () => {
    const { uncovered } = formFromDefinition({
      family: "demo",
      volumes: [{ name: "data" }],
      containerDefinitions: [
        { name: "web", image: "a", secrets: [{ name: "X", valueFrom: "arn" }] },
        { name: "sidecar", image: "b" },
      ],
    });
    expect(uncovered).toEqual([
      "volumes",
      "containerDefinitions (2)",
      "containerDefinitions[0].secrets",
    ]);
  });
});
