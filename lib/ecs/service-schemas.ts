import { z } from "zod";
import { appName } from "@/lib/aws/tags";

// What the service and task routes accept. Pure: the create-service form checks
// its fields with the same rules before it sends them.

const NAME = /^[A-Za-z0-9_-]+$/;
const ARN_PREFIX = "arn:aws[a-z-]*:ecs:[a-z0-9-]+:\\d{12}:";
const PART = "[A-Za-z0-9_-]{1,255}";
const TASK_ID = "[A-Za-z0-9-]{1,64}";
const REVISION = "[1-9]\\d{0,8}";

/** ECS service names: up to 255 letters, digits, hyphens and underscores. */
export const serviceName = z
  .string()
  .min(1, "service name must not be empty")
  .max(255, "service name is at most 255 characters")
  .regex(NAME, "service name holds letters, digits, - and _ only");

/** A service named by name or by ARN (either ARN format). */
export const serviceRef = z
  .string()
  .min(1, "service must not be empty")
  .max(2048)
  .regex(
    new RegExp(`^(${PART}|${ARN_PREFIX}service/(${PART}/)?${PART})$`),
    "service must be a service name or a service ARN",
  );

/** `family:revision`, `family` (its latest ACTIVE revision), or a task definition ARN. */
export const taskDefinitionRef = z
  .string()
  .min(1, "task definition must not be empty")
  .max(2048)
  .regex(
    new RegExp(`^(${PART}(:${REVISION})?|${ARN_PREFIX}task-definition/${PART}:${REVISION})$`),
    "task definition must be family, family:revision or a task definition ARN",
  );

/** A task by its id (32 hex digits on AWS) or its ARN. */
export const taskRef = z
  .string()
  .min(1, "task must not be empty")
  .max(2048)
  .regex(
    new RegExp(`^(${TASK_ID}|${ARN_PREFIX}task/(${PART}/)?${TASK_ID})$`),
    "task must be a task id or a task ARN",
  );

export const desiredCount = z
  .number({ error: "desired count must be a number" })
  .int("desired count must be a whole number")
  .min(0, "desired count must be 0 or more")
  .max(5000, "desired count is at most 5000 (ECS's tasks-per-service quota)");

export const LAUNCH_TYPES = ["FARGATE", "EC2"] as const;
export type LaunchType = (typeof LAUNCH_TYPES)[number];

const subnetId = z.string().regex(/^subnet-[0-9a-f]{1,17}$/, "subnet ids look like subnet-0abc123");
const groupId = z.string().regex(/^sg-[0-9a-f]{1,17}$/, "security group ids look like sg-0abc123");

export const newService = z.object({
  name: serviceName,
  taskDefinition: taskDefinitionRef,
  desiredCount,
  launchType: z.enum(LAUNCH_TYPES, { error: "launch type is FARGATE or EC2" }).default("FARGATE"),
  subnets: z.array(subnetId).max(16, "at most 16 subnets").optional(),
  securityGroups: z.array(groupId).max(5, "at most 5 security groups").optional(),
  assignPublicIp: z.boolean({ error: "assignPublicIp is true or false" }).optional(),
  app: appName.optional(),
});
export type NewService = z.infer<typeof newService>;

export const serviceChange = z
  .object({
    desiredCount: desiredCount.optional(),
    taskDefinition: taskDefinitionRef.optional(),
    forceNewDeployment: z.boolean({ error: "forceNewDeployment is true or false" }).optional(),
  })
  .strict()
  .refine(
    (c) => c.desiredCount !== undefined || c.taskDefinition !== undefined || c.forceNewDeployment,
    "name at least one of desiredCount, taskDefinition, forceNewDeployment",
  );
export type ServiceChange = z.infer<typeof serviceChange>;

export const TASK_STATUSES = ["RUNNING", "STOPPED"] as const;
export type TaskStatusFilter = (typeof TASK_STATUSES)[number];

export const stopRequest = z.object({
  reason: z.string().max(255, "reason is at most 255 characters").optional(),
});

/** The name in a service ARN (`.../service/cluster/name` or `.../service/name`), or the name. */
export const serviceNameOf = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** `family:revision` from a task definition ARN, or the reference as given. */
export const taskDefinitionNameOf = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** The task id at the end of a task ARN, or the id itself. */
export const taskIdOf = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

/** The cluster name in a cluster ARN, or the name. */
export const clusterNameOf = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);
