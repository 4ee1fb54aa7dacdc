import { z } from "zod";
import { cleanPath } from "@/lib/build/dockerignore";
import { checkNewTag, formatImageReference, parseImageReference } from "@/lib/images/reference";

// Inputs of a build, shared by the folder route, the upload route and the page.
// No Node imports: the page validates with the same rules before sending.

/**
 * What is wrong with `ref` as the name to build into (`name[:tag]`, no digest), or
 * null. The same validator as the tag route's, so both name the part at fault alike.
 */
export function buildTagProblem(ref: string): string | null {
  if (ref === "") return "an image name is required, such as fast-api:latest";
  const check = checkNewTag(ref);
  return check.ok ? null : check.problem;
}

/** `app` -> `app:latest`; `localhost:5000/app` keeps its port and gets `:latest` (D7). */
export function withDefaultTag(ref: string): string {
  return formatImageReference({ ...parseImageReference(ref), explicitTag: true });
}

export const buildTagSchema = z
  .string()
  .trim()
  .superRefine((ref, ctx) => {
    const problem = buildTagProblem(ref);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

// Node's file calls throw on NUL, and no file name here needs a control character.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;
const controlProblem = (what: string) =>
  `the ${what} holds a control character (NUL, a line break...)`;

export const dockerfilePathSchema = z
  .string()
  .trim()
  .min(1, "the Dockerfile path is empty")
  .default("Dockerfile")
  .refine((p) => !CONTROL.test(p), controlProblem("Dockerfile path"))
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

/** POST /api/docker/images/build; unknown fields are refused, as in the containers body. */
export const folderBuildSchema = z.strictObject({
  context: z
    .string()
    .trim()
    .min(1, "the context folder is required")
    .refine((p) => p.startsWith("/"), {
      message: "the context folder must be an absolute path on the Slipway machine",
    })
    .refine((p) => !CONTROL.test(p), controlProblem("context folder")),
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
