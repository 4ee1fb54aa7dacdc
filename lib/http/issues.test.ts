import { describe, expect, it } from "vitest";
import { z } from "zod";
import { folderBuildSchema } from "@/lib/build/schema";
import { createBody } from "@/lib/containers/schemas";
import { describeIssues, schemaProblem } from "./issues";

function problems(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : describeIssues(result.error.issues);
}

describe("describeIssues", () => {
  it("names a bad env name and the rule, not 'Invalid key in record'", () => {
    expect(problems(createBody, { image: "x", env: { "BAD NAME": "1" } })).toEqual([
      `env key "BAD NAME": an env name holds no '=', spaces or NUL`,
    ]);
  });

  it("names a bad label name and a bad build argument name with their rules", () => {
    expect(problems(createBody, { image: "x", labels: { "": "1" } })).toEqual([
      'labels key "": a label name is not empty',
    ]);
    expect(
      problems(folderBuildSchema, { context: "/x", tag: "a", buildArgs: { "1A": "" } }),
    ).toEqual([
      'buildArgs key "1A": a build argument name is letters, digits and _, not starting ' +
        "with a digit",
    ]);
  });

  it("unfolds a union into what each branch wanted", () => {
    const schema = z.object({ when: z.union([z.string(), z.number()]) });
    expect(problems(schema, { when: true })).toEqual([
      "when: Invalid input: expected string, received boolean, or " +
        "Invalid input: expected number, received boolean",
    ]);
  });

  it("lists unknown fields by name", () => {
    expect(problems(createBody, { image: "x", colour: "blue", size: 1 })).toEqual([
      'unknown fields "colour", "size"',
    ]);
  });

  it("leads other problems with their path", () => {
    expect(problems(createBody, { image: "x", ports: ["8080:80", "99999:80"] })[0]).toMatch(
      /^ports\.1: /,
    );
  });
});

describe("schemaProblem", () => {
  it("answers the reason alone, or null for a good value", () => {
    const envNames = z.record(z.string().regex(/^\w+$/, "word characters only"), z.string());
    expect(schemaProblem(envNames, { "a b": "" })).toBe("word characters only");
    expect(schemaProblem(envNames, { ab: "" })).toBeNull();
  });
});
