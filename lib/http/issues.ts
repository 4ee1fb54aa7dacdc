import type { z } from "zod";

// Schema problems in words that keep the rule. zod reports a bad record key as
// "Invalid key in record" and a failed union as "Invalid input", with the real
// reason nested inside: these are unfolded here. Pure: the browser's forms show the
// same sentences the API answers.

type Issue = z.core.$ZodIssue;

/** One sentence per problem, each led by the field it is about (`env key "A B": ...`). */
export function describeIssues(issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const where = fieldOf(issue);
    return where ? `${where}: ${reasonOf(issue)}` : reasonOf(issue);
  });
}

/** The first problem of `value` against `schema`, without the field: for a form's inline note. */
export function schemaProblem(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const [first] = result.error.issues;
  return first ? reasonOf(first) : null;
}

function fieldOf(issue: Issue): string {
  const path = issue.path.map(String);
  if (issue.code !== "invalid_key" && issue.code !== "invalid_element") return path.join(".");
  const key = path.pop();
  const parent = path.join(".");
  const part = issue.code === "invalid_key" ? "key" : "entry";
  return `${parent ? `${parent} ` : ""}${part} ${JSON.stringify(key)}`;
}

function reasonOf(issue: Issue): string {
  switch (issue.code) {
    case "invalid_key":
    case "invalid_element":
      return joinReasons(issue.issues);
    case "invalid_union": {
      const branches = issue.errors.map((branch) => joinReasons(branch)).filter(Boolean);
      const distinct = [...new Set(branches)];
      return distinct.length ? distinct.join(", or ") : issue.message;
    }
    case "unrecognized_keys": {
      const names = issue.keys.map((key) => JSON.stringify(key)).join(", ");
      return `unknown field${issue.keys.length === 1 ? "" : "s"} ${names}`;
    }
    default:
      return issue.message;
  }
}

function joinReasons(issues: readonly Issue[]): string {
  return issues.map((issue) => describeIssues([issue])[0]).join("; ");
}
