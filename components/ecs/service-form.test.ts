import { describe, expect, it } from "vitest";
import { formProblem, initialServiceForm, takenGroupName } from "@/components/ecs/service-form";

const shape = { networkMode: "awsvpc", compatibilities: ["FARGATE"], containerPorts: [] };
const state = {
  ...initialServiceForm,
  taskDefinition: "web:1",
  name: "api",
  vpcId: "vpc-1",
  subnets: ["subnet-1"],
};

describe("a security group name the VPC already holds", () => {
  it("is caught for the name typed", () => {
    expect(takenGroupName({ ...state, groupName: "default" }, ["default"])).toBe("default");
  });
  it("is caught for the name offered when none is typed", () => {
    expect(takenGroupName(state, ["api-sg"])).toBe("api-sg");
  });
  it("does not matter when an existing group is used", () => {
    expect(takenGroupName({ ...state, groupMode: "existing" }, ["api-sg"])).toBeNull();
  });
  it("stops the form with a hint to use the existing group", () => {
    expect(formProblem(state, shape, ["api-sg"])?.message).toContain("Use an existing group");
    expect(formProblem(state, shape, ["other"])).toBeNull();
  });
});
