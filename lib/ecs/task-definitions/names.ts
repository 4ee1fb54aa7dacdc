import { z } from "zod";

// Names in task definitions as ECS accepts them, checked before the call so a form
// can say what is wrong. Pure: the browser's form and the server share these rules.

const NAME = /^[A-Za-z0-9_-]+$/;

/** A task definition family: up to 255 letters, digits, hyphens and underscores. */
export const familyName = z
  .string()
  .min(1, { error: "family must not be empty", abort: true })
  .max(255, "family is at most 255 characters")
  .regex(NAME, "family holds letters, digits, - and _ only");

/** A container name inside a task definition: the same character set as a family. */
export const containerName = z
  .string()
  .min(1, { error: "container name must not be empty", abort: true })
  .max(255, "container name is at most 255 characters")
  .regex(NAME, "container name holds letters, digits, - and _ only");

/** An IAM role ARN, as the execution and task roles take them. */
export const roleArn = z
  .string()
  .regex(
    /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,
    "role must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)",
  );

const ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/([A-Za-z0-9_-]{1,255}):(\d+)$/;
const REF = /^([A-Za-z0-9_-]{1,255})(?::(\d{1,10}))?$/;

/** A task definition named by `family:revision`, `family` alone, or its ARN. */
export interface RevisionRef {
  family: string;
  /** Null: the latest ACTIVE revision of the family. */
  revision: number | null;
}

export function parseRevisionRef(value: string): RevisionRef | null {
  const arn = ARN.exec(value);
  if (arn) return { family: arn[1] as string, revision: Number(arn[2]) };
  const ref = REF.exec(value);
  if (!ref) return null;
  return { family: ref[1] as string, revision: ref[2] === undefined ? null : Number(ref[2]) };
}

export const revisionRef = z.string().transform((value, ctx) => {
  const parsed = parseRevisionRef(value);
  if (!parsed || parsed.revision === 0) {
    ctx.addIssue({
      code: "custom",
      message: "task definition must be family:revision, a family, or a task definition ARN",
    });
    return z.NEVER;
  }
  return parsed;
});

export const formatRef = (ref: { family: string; revision: number }) =>
  `${ref.family}:${ref.revision}`;

/** `family` and `revision` of a task definition ARN, or null for anything else. */
export function refFromArn(arn: string): { family: string; revision: number } | null {
  const match = ARN.exec(arn);
  return match ? { family: match[1] as string, revision: Number(match[2]) } : null;
}
