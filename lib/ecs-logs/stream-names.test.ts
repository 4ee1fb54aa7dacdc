import { describe, expect, it } from "vitest";
import { containerLogSource, taskIdOf } from "@/lib/ecs-logs/stream-names";

// Case E5.
const TASK_ARN = "arn:aws:ecs:us-east-1:111122223333:task/demo/8fdf80d5882e4a4ab9b2523da59cb109";
const AWSLOGS = {
  logDriver: "awslogs",
  options: {
    "awslogs-group": "/ecs/demo",
    "awslogs-region": "us-east-1",
    "awslogs-stream-prefix": "ecs",
  },
};

describe("finding a task's log stream (E5)", () => {
  it("names the stream prefix/container/task id in the group and region of the options", () => {
    const source = containerLogSource({
      taskArn: TASK_ARN,
      container: "web",
      logConfiguration: AWSLOGS,
      defaultRegion: "eu-west-1",
    });
    expect(source).toMatchObject({
      taskId: "8fdf80d5882e4a4ab9b2523da59cb109",
      container: "web",
      state: "ok",
      group: "/ecs/demo",
      region: "us-east-1",
      stream: "ecs/web/8fdf80d5882e4a4ab9b2523da59cb109",
    });
  });

  it("takes the region of the task when the options name none", () => {
    const { "awslogs-region": _, ...options } = AWSLOGS.options;
    const source = containerLogSource({
      taskArn: TASK_ARN.replace("us-east-1", "ap-south-1"),
      container: "web",
      logConfiguration: { logDriver: "awslogs", options },
      defaultRegion: "eu-west-1",
    });
    expect(source.region).toBe("ap-south-1");
  });

  it("uses the container's id as the stream without a stream prefix", () => {
    const { "awslogs-stream-prefix": _, ...options } = AWSLOGS.options;
    const input = {
      taskArn: TASK_ARN,
      container: "web",
      logConfiguration: { logDriver: "awslogs", options },
      defaultRegion: null,
    };
    expect(containerLogSource({ ...input, runtimeId: "d3adb33f" }).stream).toBe("d3adb33f");
    expect(containerLogSource(input).state).toBe("unnamed");
  });

  it("names FireLens as where the logs go, not as an error", () => {
    const source = containerLogSource({
      taskArn: TASK_ARN,
      container: "web",
      logConfiguration: { logDriver: "awsfirelens", options: { Name: "datadog" } },
      defaultRegion: null,
    });
    expect(source).toMatchObject({ state: "elsewhere", driver: "awsfirelens", stream: null });
    expect(source.message).toContain("FireLens (awsfirelens)");
  });

  it("says logging is off for the none driver and for no configuration", () => {
    const none = { taskArn: TASK_ARN, container: "web", defaultRegion: null };
    expect(containerLogSource({ ...none, logConfiguration: { logDriver: "none" } })).toMatchObject({
      state: "off",
      message: "Logging is off (log driver none)",
    });
    expect(containerLogSource(none).state).toBe("off");
  });

  it("takes the task id from an ARN, old or new format, or as it is", () => {
    expect(taskIdOf(TASK_ARN)).toBe("8fdf80d5882e4a4ab9b2523da59cb109");
    expect(taskIdOf("arn:aws:ecs:us-east-1:1:task/1dc5c17a-422b-4dc4-b493-371970c6c4d6")).toBe(
      "1dc5c17a-422b-4dc4-b493-371970c6c4d6",
    );
    expect(taskIdOf("8fdf80d5")).toBe("8fdf80d5");
  });
});
