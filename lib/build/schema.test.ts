import { describe, expect, it } from "vitest";
import {
  buildTagProblem,
  folderBuildSchema,
  uploadBuildQuerySchema,
  withDefaultTag,
} from "./schema";

describe("build inputs", () => {
  it("accepts image names with registry ports, paths and tags", () => {
    for (const ref of [
      "fast-api:latest",
      "app",
      "localhost:5000/shop-api:latest",
      "registry.example.test:5555/team/app",
      "a_b__c-d/e.f:V1.2-x",
      "localhost/app",
    ]) {
      expect(buildTagProblem(ref), ref).toBeNull();
    }
  });

  it("refuses names the engine would refuse", () => {
    for (const ref of [
      "Fast",
      "app:",
      "app:-x",
      ":x",
      "a//b",
      "app@sha256:aa",
      "team/App",
      "a b",
    ]) {
      expect(buildTagProblem(ref), ref).not.toBeNull();
    }
  });

  it("names the part at fault as the tag route does", () => {
    expect(buildTagProblem("team/App")).toBe('Repository path component "App" must be lowercase');
    expect(buildTagProblem("app:-x")).toMatch(/^Tag "-x" is invalid/);
    expect(buildTagProblem("app@sha256:aa")).toMatch(/^A new tag cannot hold a digest/);
    expect(buildTagProblem("")).toBe("an image name is required, such as fast-api:latest");
  });

  it("refuses unknown body fields and paths with control characters", () => {
    const unknown = folderBuildSchema.safeParse({ context: "/x", tag: "a", colour: "blue" });
    expect(unknown.error?.issues[0]?.message).toBe('Unrecognized key: "colour"');
    const nul = folderBuildSchema.safeParse({ context: "/x\u0000y", tag: "a" });
    expect(nul.error?.issues[0]?.message).toMatch(/context folder holds a control character/);
    const newline = folderBuildSchema.safeParse({ context: "/x", tag: "a", dockerfile: "a\nb" });
    expect(newline.error?.issues[0]?.message).toMatch(/Dockerfile path holds a control/);
  });

  it("adds :latest only after the last path segment (D7)", () => {
    expect(withDefaultTag("localhost:5000/app")).toBe("localhost:5000/app:latest");
    expect(withDefaultTag("localhost:5000/app:v1")).toBe("localhost:5000/app:v1");
  });

  it("cleans the Dockerfile path and refuses one that leaves the context", () => {
    const parsed = folderBuildSchema.parse({
      context: "/x",
      tag: "a",
      dockerfile: "./b/../Dockerfile",
    });
    expect(parsed.dockerfile).toBe("Dockerfile");
    expect(
      folderBuildSchema.safeParse({ context: "/x", tag: "a", dockerfile: "../D" }).success,
    ).toBe(false);
    expect(folderBuildSchema.safeParse({ context: "x", tag: "a" }).success).toBe(false);
  });

  it("reads upload options from the query, build args as JSON", () => {
    expect(
      uploadBuildQuerySchema.parse({ tag: "a", buildArgs: '{"A":"1"}', noCache: "true" }),
    ).toEqual({
      tag: "a",
      dockerfile: "Dockerfile",
      buildArgs: { A: "1" },
      noCache: true,
    });
    const bad = uploadBuildQuerySchema.safeParse({ tag: "a", buildArgs: "{bad" });
    expect(bad.error?.issues[0]?.message).toBe("buildArgs must be a JSON object");
  });
});
