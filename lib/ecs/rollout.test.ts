import type { Service, Task } from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { watchRollout } from "@/lib/ecs/rollout";
import type { RolloutView } from "@/lib/ecs/rollout-types";

// The watch loop over a fake ECS whose answers change between looks: service `web`
// moving from web:1 to web:2 with one task wanted.

const ARN = "arn:aws:ecs:us-east-1:111122223333";
const NEW = `${ARN}:task-definition/web:2`;
const OLD = `${ARN}:task-definition/web:1`;
const target = { cluster: "shop", service: "web", taskDefinitionArn: NEW };

function task(id: string, definition: string): Task {
  return {
    taskArn: `${ARN}:task/shop/${id}`,
    clusterArn: `${ARN}:cluster/shop`,
    taskDefinitionArn: definition,
    group: "service:web",
    lastStatus: "RUNNING",
    desiredStatus: "RUNNING",
  };
}

/** Each look answers the next state; the last one stays. */
function fakeEcs(states: Array<{ tasks: Task[]; runningCount: number }>) {
  let look = -1;
  const state = () => states[Math.min(look, states.length - 1)] ?? { tasks: [], runningCount: 0 };
  return fakeAwsClients({
    describeServices: (): { services: Service[] } => {
      look += 1;
      return {
        services: [
          {
            serviceName: "web",
            clusterArn: `${ARN}:cluster/shop`,
            status: "ACTIVE",
            taskDefinition: NEW,
            desiredCount: 1,
            runningCount: state().runningCount,
            deployments: [{ id: "ecs-svc/2", status: "PRIMARY", taskDefinition: NEW }],
          },
        ],
      };
    },
    listTasks: (input) =>
      input.desiredStatus === "STOPPED"
        ? { taskArns: [] }
        : { taskArns: state().tasks.map((t) => t.taskArn) },
    describeTasks: () => ({ tasks: state().tasks }),
    describeTaskDefinition: (input) => ({
      taskDefinition: { taskDefinitionArn: input.taskDefinition, networkMode: "bridge" },
    }),
  });
}

describe("watching a rollout", () => {
  it("reports each look and resolves once the new revision's task runs", async () => {
    const fake = fakeEcs([
      { tasks: [task("a", OLD)], runningCount: 1 },
      { tasks: [task("a", OLD), task("b", NEW)], runningCount: 2 },
      { tasks: [task("b", NEW)], runningCount: 1 },
    ]);
    const seen: RolloutView[] = [];
    const view = await watchRollout(fake.aws, target, {
      intervalMs: 1,
      report: (v) => seen.push(v),
    });

    expect(seen.map((v) => v.phase)).toEqual(["waiting", "waiting", "steady"]);
    expect(seen[0]?.waitingFor).toEqual([
      "tasks of web:2 to run: 0 of 1 running",
      "1 task of web:1 to stop",
    ]);
    expect(view.newTasks.map((t) => t.id)).toEqual(["b"]);
    expect(
      fake
        .named("ListTasks")
        .map((c) => c.input.startedBy)
        .filter(Boolean),
    ).toContain("ecs-svc/2");
  });

  it("gives up after its timeout, naming what it still waits for", async () => {
    const fake = fakeEcs([{ tasks: [task("a", OLD)], runningCount: 1 }]);
    const watch = watchRollout(fake.aws, target, { intervalMs: 5, timeoutMs: 30 });
    await expect(watch).rejects.toMatchObject({
      code: "upstream_error",
      message:
        "The rollout of web:2 to web did not settle within 30 ms: still waiting for tasks of " +
        "web:2 to run: 0 of 1 running; 1 task of web:1 to stop",
    });
  });

  it("stops when its signal aborts", async () => {
    const fake = fakeEcs([{ tasks: [task("a", OLD)], runningCount: 1 }]);
    const controller = new AbortController();
    const watch = watchRollout(fake.aws, target, {
      intervalMs: 10_000,
      signal: controller.signal,
      report: () => controller.abort(),
    });
    await expect(watch).rejects.toMatchObject({
      message: "Stopped watching the rollout: cancelled",
    });
  });
});
