import { z } from "zod";
import { regionName } from "@/lib/aws/names";
import { appName } from "@/lib/aws/tags";
import { fargatePairProblem, isFargateCpu } from "@/lib/ecs/task-definitions/fargate";
import { containerName, familyName, roleArn } from "@/lib/ecs/task-definitions/names";

// The task definition form: one Fargate container as in the tutorial, with ports,
// environment, awslogs logging and the roles. The schema is the contract of
// `POST /api/ecs/task-definitions {form}`; the browser checks with the same one. Pure.

export const logGroupName = z
  .string()
  .min(1, { error: "log group must not be empty", abort: true })
  .max(512, "log group is at most 512 characters")
  .regex(/^[.\-_/#A-Za-z0-9]+$/, "log group holds letters, digits and . - _ / # only");

export const streamPrefix = z
  .string()
  .min(1, { error: "stream prefix must not be empty", abort: true })
  .max(512, "stream prefix is at most 512 characters")
  .regex(/^[^:*]+$/, "stream prefix may not hold : or *");

export const imageName = z
  .string()
  .min(1, { error: "image must not be empty", abort: true })
  .max(255, "image is at most 255 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/@#-]*$/, "image holds letters, digits and . _ : / @ # - only");

const portMapping = z.object({
  containerPort: z.coerce
    .number()
    .int("container port must be a whole number")
    .min(1, "container port must be 1 to 65535")
    .max(65535, "container port must be 1 to 65535"),
  protocol: z.enum(["tcp", "udp"]).default("tcp"),
});

const environmentVariable = z.object({
  name: z
    .string()
    .min(1, { error: "variable name must not be empty", abort: true })
    .max(255, "variable name is at most 255 characters")
    .regex(/^[^=\s]+$/, "variable name may not hold = or spaces"),
  value: z.string().max(32_768, "value is at most 32768 characters"),
});

const awslogs = z.object({
  /** Default `/ecs/<family>`. */
  group: logGroupName.optional(),
  /** Default: the region Slipway works in. */
  region: regionName.optional(),
  streamPrefix: streamPrefix.default("ecs"),
});

export const taskDefinitionForm = z
  .object({
    family: familyName,
    app: appName.optional(),
    containerName,
    image: imageName,
    cpu: z.coerce.number().int("CPU must be whole units"),
    memory: z.coerce.number().int("memory must be whole MiB"),
    /** The container's soft memory limit (MiB), within the task's memory. */
    memoryReservation: z.coerce
      .number()
      .int("memory reservation must be whole MiB")
      .min(6, "memory reservation is at least 6 MiB")
      .optional(),
    portMappings: z.array(portMapping).max(100, "at most 100 port mappings").default([]),
    environment: z.array(environmentVariable).max(500, "at most 500 variables").default([]),
    executionRoleArn: roleArn.optional(),
    taskRoleArn: roleArn.optional(),
    /** awslogs settings; null sends no logs anywhere. */
    logging: awslogs.nullable().default(null),
  })
  .superRefine((form, ctx) => {
    const pair = fargatePairProblem(form.cpu, form.memory);
    const field = isFargateCpu(form.cpu) ? "memory" : "cpu";
    if (pair) ctx.addIssue({ code: "custom", path: [field], message: pair });
    if (form.memoryReservation !== undefined && form.memoryReservation > form.memory) {
      ctx.addIssue({
        code: "custom",
        path: ["memoryReservation"],
        message: `memory reservation must be within the task's ${form.memory} MiB`,
      });
    }
    const ports = form.portMappings.map((p) => `${p.containerPort}/${p.protocol}`);
    const twicePort = ports.find((p, i) => ports.indexOf(p) !== i);
    if (twicePort) {
      ctx.addIssue({ code: "custom", path: ["portMappings"], message: `${twicePort} twice` });
    }
    const names = form.environment.map((v) => v.name);
    const twiceName = names.find((n, i) => names.indexOf(n) !== i);
    if (twiceName) {
      ctx.addIssue({ code: "custom", path: ["environment"], message: `${twiceName} twice` });
    }
    if (!form.executionRoleArn && form.logging) {
      ctx.addIssue({
        code: "custom",
        path: ["executionRoleArn"],
        message:
          "Fargate sends awslogs logs with the task execution role: choose one (often " +
          "ecsTaskExecutionRole) or turn logging off",
      });
    } else if (!form.executionRoleArn && /\.dkr\.ecr\./.test(form.image)) {
      ctx.addIssue({
        code: "custom",
        path: ["executionRoleArn"],
        message: "Fargate pulls from ECR with the task execution role: choose one",
      });
    }
  });

export type TaskDefinitionForm = z.infer<typeof taskDefinitionForm>;

/** The awslogs options a form's logging gives, with the defaults filled in. */
export function awslogsOptions(form: TaskDefinitionForm, region: string | null) {
  if (!form.logging) return null;
  const options: Record<string, string> = {
    "awslogs-group": form.logging.group ?? `/ecs/${form.family}`,
    "awslogs-stream-prefix": form.logging.streamPrefix,
  };
  const logRegion = form.logging.region ?? region;
  if (logRegion) options["awslogs-region"] = logRegion;
  return options;
}

/** RegisterTaskDefinition's input for the form (tags are added by the server). */
export function formToDefinition(
  form: TaskDefinitionForm,
  region: string | null,
): Record<string, unknown> {
  const options = awslogsOptions(form, region);
  const container: Record<string, unknown> = {
    name: form.containerName,
    image: form.image,
    essential: true,
  };
  if (form.memoryReservation !== undefined) container.memoryReservation = form.memoryReservation;
  if (form.portMappings.length > 0) {
    // awsvpc: the host port is the container port.
    container.portMappings = form.portMappings.map((p) => ({
      containerPort: p.containerPort,
      hostPort: p.containerPort,
      protocol: p.protocol,
    }));
  }
  if (form.environment.length > 0) container.environment = form.environment;
  if (options) container.logConfiguration = { logDriver: "awslogs", options };
  return {
    family: form.family,
    requiresCompatibilities: ["FARGATE"],
    networkMode: "awsvpc",
    cpu: String(form.cpu),
    memory: String(form.memory),
    ...(form.executionRoleArn && { executionRoleArn: form.executionRoleArn }),
    ...(form.taskRoleArn && { taskRoleArn: form.taskRoleArn }),
    containerDefinitions: [container],
  };
}
