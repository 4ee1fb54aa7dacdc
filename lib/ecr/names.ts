import { z } from "zod";

// ECR's rules for repository names, checked before the call so the form can say
// what is wrong in plain words rather than pass on AWS's InvalidParameterException.

const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** Why `name` is not a valid ECR repository name, or null when it is. */
export function repositoryNameProblem(name: string): string | null {
  if (name.length < 2 || name.length > 256) return "must be 2 to 256 characters long";
  if (/[A-Z]/.test(name)) return "must be lower case";
  if (!REPOSITORY_NAME.test(name)) {
    return (
      "may hold lower-case letters and digits, separated by single . _ - or / " +
      "(not at the start or end, and never two in a row)"
    );
  }
  return null;
}

export const repositoryName = z.string().superRefine((name, ctx) => {
  const problem = repositoryNameProblem(name);
  if (problem) ctx.addIssue({ code: "custom", message: `repository name ${problem}` });
});

/** An image digest as ECR reports it. */
export const imageDigest = z
  .string()
  .regex(/^sha256:[a-f0-9]{64}$/, "digest must look like sha256:<64 hex digits>");
