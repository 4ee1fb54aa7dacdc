import { z } from "zod";
import { appName } from "@/lib/aws/tags";
import { dockerfilePathSchema } from "@/lib/build/schema";
import { repositoryName } from "@/lib/ecr/names";
import { clusterName } from "@/lib/ecs/names";
import { desiredCount, serviceName } from "@/lib/ecs/service-schemas";
import { containerName, roleArn } from "@/lib/ecs/task-definitions/names";
import { imageTagProblem } from "@/lib/images/reference";
import { imageNameSchema } from "@/lib/images/schemas";

// What `POST /api/ship` accepts. Pure: the ship form checks its fields with the same
// rules before it sends them.

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;

const folderSource = z.strictObject({
  folder: z
    .string()
    .trim()
    .min(1, "the folder is required")
    .refine((p) => p.startsWith("/"), "the folder must be an absolute path on the Slipway machine")
    .refine((p) => !CONTROL.test(p), "the folder holds a control character"),
  dockerfile: dockerfilePathSchema,
});

const imageSource = z.strictObject({ image: imageNameSchema });

/** A folder with a Dockerfile (built first) or a local image. */
export const shipSource = z.union([folderSource, imageSource], {
  error: "source is {folder} (a folder with a Dockerfile) or {image} (a local image)",
});

/** An image tag as Docker and ECR take it. */
export const imageTag = z.string().superRefine((tag, ctx) => {
  const problem = imageTagProblem(tag);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const containerPort = z
  .number({ error: "container port must be a number" })
  .int("container port must be a whole number")
  .min(1, "container port must be 1 to 65535")
  .max(65535, "container port must be 1 to 65535");

/**
 * The short form of a first deploy: what the tutorial's steps 3 to 5 ask for. The
 * Fargate CPU and memory pair is checked by the task definition form's own rules
 * (firstDeployForm), so both pages say the same.
 */
export const firstDeploySettings = z.strictObject({
  containerPort,
  cpu: z.number().int("CPU must be whole units").default(256),
  memory: z.number().int("memory must be whole MiB").default(512),
  /** The container's soft memory limit (MiB), within the task's memory. */
  memoryReservation: z.number().int("memory reservation must be whole MiB").optional(),
  /** Fargate pulls from ECR and sends awslogs logs with this role. */
  executionRoleArn: roleArn,
  desiredCount: desiredCount.default(1),
});

/** An empty field is "required", not a rule about its characters. */
const required = <T extends z.ZodType<unknown, string>>(field: string, schema: T) =>
  z.string(`${field} is required`).min(1, `${field} is required`).pipe(schema);

export const shipRequest = z.strictObject({
  source: shipSource,
  repository: required("repository", repositoryName),
  tag: required("tag", imageTag),
  cluster: clusterName,
  service: serviceName,
  /** The `slipway:app` tag of what the ship creates; default the service's name. */
  app: appName.optional(),
  /** The container that runs the app, when the task definition has several. */
  container: containerName.optional(),
  /** First deploy: create the repository, cluster, task definition and service that are missing. */
  create: firstDeploySettings.optional(),
});

export type ShipRequest = z.infer<typeof shipRequest>;
export type FirstDeploySettings = z.infer<typeof firstDeploySettings>;

/** One service's history, or (neither given) the latest ships of every service. */
export const shipHistoryQuery = z
  .object({ cluster: clusterName.optional(), service: serviceName.optional() })
  .refine((q) => (q.cluster === undefined) === (q.service === undefined), {
    message: "name both cluster and service, or neither for the latest ships of all services",
  });

/** A flow id as startFlow makes them (a UUID). */
export const shipParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/, "id must be a flow id (UUID)"),
});
