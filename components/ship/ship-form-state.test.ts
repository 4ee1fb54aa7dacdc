import { describe, expect, it } from "vitest";
import {
  EMPTY_SHIP_FORM,
  type ShipFormState,
  shipBody,
  shipProblems,
  suggestFromFolder,
  suggestFromImage,
} from "@/components/ship/ship-form-state";

const ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
const firstDeploy: ShipFormState = {
  ...EMPTY_SHIP_FORM,
  source: "image",
  image: "tutorial-app:v1",
  repository: "tutorial-app",
  tag: "v1",
  target: "first",
  cluster: "tutorial",
  service: "tutorial-web",
  containerPort: "8000",
  memoryReservation: "128",
  executionRoleArn: ROLE,
};

describe("the ship form", () => {
  it("sends a first deploy with its settings as numbers", () => {
    expect(shipBody(firstDeploy)).toEqual({
      source: { image: "tutorial-app:v1" },
      repository: "tutorial-app",
      tag: "v1",
      cluster: "tutorial",
      service: "tutorial-web",
      create: {
        containerPort: 8000,
        cpu: 256,
        memory: 512,
        memoryReservation: 128,
        executionRoleArn: ROLE,
        desiredCount: 1,
      },
    });
    expect(shipProblems(firstDeploy)).toEqual({});
  });

  it("sends no first-deploy settings to a service that exists", () => {
    const body = shipBody({ ...firstDeploy, target: "existing" });
    expect(body.create).toBeUndefined();
  });

  it("names the field at fault", () => {
    const problems = shipProblems({
      ...firstDeploy,
      source: "folder",
      folder: "relative/path",
      repository: "Tutorial",
      memory: 4096,
    });
    expect(problems["source.folder"]).toBe(
      "the folder must be an absolute path on the Slipway machine",
    );
    expect(problems.repository).toBe("repository name must be lower case");
  });

  it("checks the Fargate pair with the task definition form's rules", () => {
    const problems = shipProblems({ ...firstDeploy, memory: 4096 });
    expect(problems["create.memory"]).toContain("memory 4096 MiB does not go with 256 CPU units");
  });

  it("needs an execution role for a first deploy", () => {
    const problems = shipProblems({ ...firstDeploy, executionRoleArn: "" });
    expect(problems["create.executionRoleArn"]).toContain("role must be an IAM role ARN");
  });

  it("suggests the repository and tag from the image or the folder", () => {
    expect(suggestFromImage("localhost:5000/team/app:v2")).toEqual({
      repository: "team/app",
      tag: "v2",
    });
    expect(suggestFromImage("app")).toEqual({ repository: "app", tag: "latest" });
    expect(suggestFromFolder("/home/me/Tutorial App/")).toBe("tutorial-app");
  });
});
