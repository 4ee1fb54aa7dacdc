import { z } from "zod";
import { cleanPath } from "@/lib/build/dockerignore";

// Inputs of a build, shared by the folder route, the upload route and the page.
// No Node imports: the page validates with the same rules before sending.

const COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
const DOMAIN = `${LABEL}(?:\\.${LABEL})*(?::[0-9]+)?`;
const TAG = "[\\w][\\w.-]{0,127}";
// A registry host is told apart from a path component by a dot, a port or "localhost".
const REFERENCE = new RegExp(
  `^(?:(?=[^/]*[.:]|localhost/)${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?$`,
);

/** Whether `ref` is a valid `name[:tag]` to build into (no digest). */
export function isValidBuildTag(ref: string): boolean {
  return ref.length <= 255 && REFERENCE.test(ref);
}

/** `app` -> `app:latest`; `localhost:5000/app` keeps its port and gets `:latest` (D7). */
export function withDefaultTag(ref: string): string {
  const slash = ref.lastIndexOf("/");
  return ref.slice(slash + 1).includes(":") ? ref : `${ref}:latest`;
}

export const buildTagSchema = z
  .string()
  .trim()
  .min(1, "an image name is required, such as fast-api:latest")
  .refine(isValidBuildTag, {
    message:
      "not a valid image name: use lowercase name[:tag], such as fast-api:latest or " +
      "localhost:5000/team/app:v1",
  });

export const dockerfilePathSchema = z
  .string()
  .trim()
  .min(1, "the Dockerfile path is empty")
  .default("Dockerfile")
  .transform(cleanPath)
  .refine((p) => !p.startsWith("/") && p !== ".." && !p.startsWith("../"), {
    message: "the Dockerfile path must be relative to the context and stay inside it",
  });

export const buildArgsSchema = z
  .record(
    z
      .string()
      .regex(
        /^[A-Za-z_][A-Za-z0-9_]*$/,
        "a build argument name is letters, digits and _, not starting with a digit",
      ),
    z.string(),
  )
  .default({});

const targetSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    "a stage name starts with a letter or digit, then letters, digits, _ . or -",
  )
  .optional();

export const buildOptionsShape = {
  tag: buildTagSchema,
  dockerfile: dockerfilePathSchema,
  buildArgs: buildArgsSchema,
  target: targetSchema,
  noCache: z.boolean().default(false),
};

/** POST /api/docker/images/build */
export const folderBuildSchema = z.object({
  context: z
    .string()
    .trim()
    .min(1, "the context folder is required")
    .refine((p) => p.startsWith("/"), {
      message: "the context folder must be an absolute path on the Slipway machine",
    }),
  ...buildOptionsShape,
});

/** Query of POST /api/docker/images/build/upload; build args travel as a JSON object. */
export const uploadBuildQuerySchema = z.object({
  ...buildOptionsShape,
  noCache: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  buildArgs: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return {};
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "buildArgs must be a JSON object" });
        return z.NEVER;
      }
    })
    .pipe(buildArgsSchema),
});

export type BuildOptions = z.infer<z.ZodObject<typeof buildOptionsShape>>;
export type FolderBuildRequest = z.infer<typeof folderBuildSchema>;
