import type { Service, Task } from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { judgeRollout } from "@/lib/ecs/rollout-judge";
import { toRolloutView } from "@/lib/ecs/rollout-view";
import type { TaskView } from "@/lib/ecs/task-types";

// What the page shows of one look: the rollout's own events, the public URL of a
// new task, and the one-line summary.

const ARN = "arn:aws:ecs:us-east-1:111122223333";
const NEW = `${ARN}:task-definition/web:5`;
const startedAt = Date.parse("2026-11-02T10:00:30Z");

const service: Service = {
  serviceName: "web",
  clusterArn: `${ARN}:cluster/shop`,
  status: "ACTIVE",
  taskDefinition: NEW,
  desiredCount: 1,
  runningCount: 1,
  deployments: [
    {
      id: "ecs-svc/5",
      status: "PRIMARY",
      taskDefinition: NEW,
      createdAt: new Date("2026-11-02T10:00:00Z"),
      rolloutState: "COMPLETED",
    },
  ],
  events: [
    { id: "e0", createdAt: new Date("2026-11-02T09:00:00Z"), message: "(service web) older" },
    {
      id: "e1",
      createdAt: new Date("2026-11-02T10:00:10Z"),
      message: "(service web) has started 1 tasks",
    },
    {
      id: "e2",
      createdAt: new Date("2026-11-02T10:01:00Z"),
      message: "(service web) has reached a steady state.",
    },
  ],
};

const task: Task = {
  taskArn: `${ARN}:task/shop/0123456789abcdef0123456789abcdef`,
  taskDefinitionArn: NEW,
  lastStatus: "RUNNING",
  desiredStatus: "RUNNING",
  group: "service:web",
};

const binding = (publicIp: string | null) => ({
  containerName: "web",
  containerPort: 8000,
  protocol: "tcp",
  privateIp: "10.0.0.5",
  publicIp,
  publicIpNote: null,
  hostPort: 8000,
  url: `http://${publicIp ?? "10.0.0.5"}:8000`,
});

function viewWith(publicIp: string | null) {
  const judgement = judgeRollout({
    service,
    tasks: [task],
    taskDefinitionArn: NEW,
    stoppedAtStart: new Set(),
  });
  const views = new Map([
    [task.taskArn ?? "", { networkBindings: [binding(publicIp)] } as unknown as TaskView],
  ]);
  const now = startedAt + 40_000;
  return toRolloutView({ service, judgement, views, taskDefinitionArn: NEW, startedAt }, now);
}

describe("a rollout's view", () => {
  it("shows the events since its deployment began, newest first", () => {
    expect(viewWith("203.0.113.7").events.map((e) => e.id)).toEqual(["e2", "e1"]);
  });

  it("gives the public URL of a new task that has a public IP", () => {
    const view = viewWith("203.0.113.7");
    expect(view.publicUrl).toBe("http://203.0.113.7:8000");
    expect(view.newTasks[0]).toMatchObject({ id: "0123456789abcdef0123456789abcdef" });
  });

  it("has no public URL while the task has only its private address", () => {
    const view = viewWith(null);
    expect(view.publicUrl).toBeNull();
    expect(view.newTasks[0]?.publicUrl).toBeNull();
  });

  it("sums itself up in one line", () => {
    const view = viewWith("203.0.113.7");
    expect(view).toMatchObject({
      phase: "steady",
      elapsedSeconds: 40,
      summary: "steady: 1 of 1 tasks run web:5",
    });
  });
});
