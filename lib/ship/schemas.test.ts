import { describe, expect, it } from "vitest";
import { describeIssues } from "@/lib/http/issues";
import { shipRequest } from "./schemas";

const base = {
  source: { image: "app:v1" },
  repository: "team/app",
  tag: "v1",
  cluster: "shop",
  service: "web",
};

const problems = (change: Record<string, unknown>) => {
  const result = shipRequest.safeParse({ ...base, ...change });
  return result.success ? [] : describeIssues(result.error.issues);
};

describe("the ship request's required fields", () => {
  it("says an empty tag or repository is required", () => {
    expect(problems({ tag: "" })).toEqual(["tag: tag is required"]);
    expect(problems({ repository: "" })).toEqual(["repository: repository is required"]);
  });

  it("still names the rule a filled-in value breaks", () => {
    expect(problems({ repository: "A" })[0]).toContain("repository name must be 2 to 256");
    expect(problems({ tag: "bad tag" })[0]).toContain('Tag "bad tag" is invalid');
  });

  it("accepts the request", () => {
    expect(problems({})).toEqual([]);
  });
});
