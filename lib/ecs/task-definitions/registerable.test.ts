import { describe, expect, it } from "vitest";
import { taskDefinitionForm } from "@/lib/ecs/task-definitions/form";
import { EMPTY_FORM, formBody } from "@/lib/ecs/task-definitions/form-values";
import { registerableDefinition } from "@/lib/ecs/task-definitions/registerable";

const issues = (result: { success: boolean; error?: { issues: readonly unknown[] } }) =>
  (result.error?.issues ?? []).map((raw) => {
    const issue = raw as { path: PropertyKey[]; message: string };
    return `${issue.path.join(".")}: ${issue.message}`;
  });

const pasted = (overrides: Record<string, unknown>) => ({
  family: "demo",
  requiresCompatibilities: ["FARGATE"],
  cpu: "256",
  memory: "512",
  containerDefinitions: [{ name: "web", image: "slipway-test/busybox:latest" }],
  ...overrides,
});

describe("what a pasted definition is told", () => {
  it("puts a CPU Fargate does not offer under cpu, with the value as pasted", () => {
    const result = registerableDefinition.safeParse(pasted({ cpu: "99999999999999999999" }));
    expect(issues(result)).toEqual([
      "cpu: CPU 99999999999999999999 is not offered on Fargate; " +
        "valid CPU units: 256, 512, 1024, 2048, 4096, 8192, 16384",
    ]);
  });

  it("keeps a memory that does not go with the CPU under memory", () => {
    const result = registerableDefinition.safeParse(pasted({ memory: "4096" }));
    expect(issues(result)).toHaveLength(1);
    expect(issues(result)[0]).toMatch(/^memory: memory 4096 MiB does not go with 256/);
  });
});

describe("empty names in the form", () => {
  const form = (overrides: Record<string, unknown>) =>
    formBody({ ...EMPTY_FORM, family: "demo", image: "slipway-test/busybox:latest", ...overrides });

  it("tells an empty variable name once", () => {
    const result = taskDefinitionForm.safeParse(form({ environment: [{ name: "", value: "x" }] }));
    expect(issues(result)).toEqual(["environment.0.name: variable name must not be empty"]);
  });

  it("tells an empty image once", () => {
    const result = taskDefinitionForm.safeParse(form({ image: "" }));
    expect(issues(result).filter((i) => i.startsWith("image"))).toEqual([
      "image: image must not be empty",
    ]);
  });
});
