import { describe, expect, it } from "vitest";
import type { RoleSummary } from "@/lib/iam/roles";
import { roleHint } from "./pickers";

const role = (name: string, trustsEcsTasks: boolean): RoleSummary => ({
  name,
  arn: `arn:aws:iam::123456789012:role/${name}`,
  path: "/",
  description: null,
  createdAt: null,
  trustsEcsTasks,
});

describe("the role field's hint", () => {
  it("counts one role in the singular", () => {
    const hint = roleHint({ available: true, roles: [role("exec", true)] }, null);
    expect(hint).toBe("Pick the 1 role (1 trusted by ECS tasks) or type an ARN.");
  });

  it("counts several in the plural", () => {
    const roles = [role("a", true), role("b", false)];
    expect(roleHint({ available: true, roles }, null)).toBe(
      "Pick one of 2 roles (1 trusted by ECS tasks) or type an ARN.",
    );
  });
});
