import { describe, expect, it } from "vitest";
import { repositoryName, repositoryNameProblem } from "@/lib/ecr/names";

describe("ECR repository names", () => {
  it.each(["ab", "app", "team/app", "team/sub/app-1", "a.b_c-d", "a".repeat(256)])(
    "accepts %s",
    (name) => expect(repositoryNameProblem(name)).toBeNull(),
  );

  it.each([
    ["a", "must be 2 to 256 characters long"],
    ["a".repeat(257), "must be 2 to 256 characters long"],
    ["App", "must be lower case"],
    ["-app", "separated by single"],
    ["app-", "separated by single"],
    ["app--x", "separated by single"],
    ["team//app", "separated by single"],
    ["/app", "separated by single"],
    ["app:latest", "separated by single"],
    ["my app", "separated by single"],
  ])("refuses %s: %s", (name, problem) => {
    expect(repositoryNameProblem(name)).toContain(problem);
  });

  it("names the rule in the schema's message", () => {
    const result = repositoryName.safeParse("Bad_Name");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("repository name must be lower case");
  });
});
