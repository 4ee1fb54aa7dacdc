import { describe, expect, it } from "vitest";
import {
  newService,
  serviceChange,
  serviceRef,
  taskDefinitionRef,
  taskRef,
} from "@/lib/ecs/service-schemas";

describe("references in paths and bodies", () => {
  it("take names and both ARN formats of services", () => {
    expect(serviceRef.safeParse("web").success).toBe(true);
    expect(
      serviceRef.safeParse("arn:aws:ecs:us-east-1:123456789012:service/shop/web").success,
    ).toBe(true);
    expect(serviceRef.safeParse("arn:aws:ecs:us-east-1:123456789012:service/web").success).toBe(
      true,
    );
    expect(serviceRef.safeParse("web/../x").success).toBe(false);
  });

  it("take family, family:revision and ARNs of task definitions", () => {
    for (const ok of [
      "web",
      "web:3",
      "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:12",
    ]) {
      expect(taskDefinitionRef.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ["web:0", "web:latest", "arn:aws:ecs:eu-west-1:1:task-definition/web"]) {
      expect(taskDefinitionRef.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("take task ids and task ARNs", () => {
    expect(taskRef.safeParse("8fdf80d5882e4a4ab9b2523da59cb109").success).toBe(true);
    expect(
      taskRef.safeParse(
        "arn:aws:ecs:us-east-1:111122223333:task/demo/8fdf80d5882e4a4ab9b2523da59cb109",
      ).success,
    ).toBe(true);
    expect(taskRef.safeParse("not a task!").success).toBe(false);
  });
});

describe("request bodies", () => {
  it("default a new service to FARGATE", () => {
    const parsed = newService.parse({ name: "web", taskDefinition: "web", desiredCount: 1 });
    expect(parsed.launchType).toBe("FARGATE");
  });

  it("refuse a change that changes nothing, or unknown keys", () => {
    expect(serviceChange.safeParse({}).success).toBe(false);
    expect(serviceChange.safeParse({ forceNewDeployment: false }).success).toBe(false);
    expect(serviceChange.safeParse({ desiredCount: 1, launchType: "EC2" }).success).toBe(false);
    expect(serviceChange.safeParse({ desiredCount: 0 }).success).toBe(true);
  });
});
