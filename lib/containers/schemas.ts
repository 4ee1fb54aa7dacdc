import { z } from "zod";
import { parsePortSpec } from "@/lib/containers/port-spec";
import { imageNameSchema } from "@/lib/images/schemas";

// Inputs of the container routes. No server-only: the run dialog uses the same
// vocabulary (actions, restart policies).

export const CONTAINER_ACTIONS = ["start", "stop", "restart", "kill", "pause", "unpause"] as const;
export type ContainerAction = (typeof CONTAINER_ACTIONS)[number];

export const RESTART_POLICIES = ["no", "on-failure", "always", "unless-stopped"] as const;

const NAME_RULE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const NAME_HINT = "must start with a letter or digit and hold only letters, digits, _ . -";

/** A container id (or unique prefix) or name. */
export const containerRef = z
  .string()
  .max(255)
  .regex(NAME_RULE, `container id or name ${NAME_HINT}`);

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export const idParams = z.object({ id: containerRef });
export const actionParams = z.object({ id: containerRef, action: z.enum(CONTAINER_ACTIONS) });

export const listQuery = z.object({ all: flag.optional() });
export const inspectQuery = z.object({ revealEnv: flag.optional() });
export const removeQuery = z.object({ force: flag.optional(), volumes: flag.optional() });

const imageRef = z.string().trim().min(1, "is required").pipe(imageNameSchema);

export const runDefaultsQuery = z.object({ image: imageRef });

const portSpec = z.string().transform((text, ctx) => {
  try {
    return parsePortSpec(text);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

/** The name of an environment variable; the run dialog checks each row with it. */
export const envNameSchema = z
  .string()
  .min(1, "an env name is not empty")
  .max(256, "an env name is at most 256 characters")
  .regex(/^[^=\s\0]+$/, "an env name holds no '=', spaces or NUL");

/** A new container's name, as `docker run --name` takes it. */
export const containerNameSchema = z
  .string()
  .max(255, "the name is at most 255 characters")
  .regex(NAME_RULE, `the name ${NAME_HINT}`);

/** The command's words (argv); the run dialog checks the split command line with it. */
export const commandSchema = z
  .array(z.string().max(32_768, "a word of the command is at most 32768 characters"))
  .max(256, "the command is at most 256 words");

export const createBody = z.strictObject({
  image: imageRef,
  name: containerNameSchema.optional(),
  ports: z.array(portSpec).max(64, "at most 64 port specs").optional(),
  env: z
    .record(envNameSchema, z.string().max(32_768, "an env value is at most 32768 characters"))
    .optional(),
  cmd: commandSchema.optional(),
  restart: z
    .string()
    .regex(
      /^(no|always|unless-stopped|on-failure(:\d{1,4})?)$/,
      "the restart policy is no, always, unless-stopped, on-failure or on-failure:<retries>",
    )
    .optional(),
  labels: z
    .record(
      z
        .string()
        .min(1, "a label name is not empty")
        .max(256, "a label name is at most 256 characters"),
      z.string().max(4096, "a label value is at most 4096 characters"),
    )
    .optional(),
});

export type CreateContainerInput = z.infer<typeof createBody>;

/** `on-failure:3` as the engine's RestartPolicy. */
export function toRestartPolicy(restart: string | undefined) {
  const [name = "no", retries] = (restart ?? "no").split(":");
  return { Name: name, MaximumRetryCount: retries ? Number(retries) : 0 };
}
