import type { Deployment, Service, Task } from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { judgeRollout } from "@/lib/ecs/rollout-judge";

// The steady-or-failed decision over what ECS answers during a rolling update of
// service `web` from web:4 to web:5 (2 tasks wanted), in AWS's own field names.

const ARN = "arn:aws:ecs:us-east-1:111122223333";
const OLD = `${ARN}:task-definition/web:4`;
const NEW = `${ARN}:task-definition/web:5`;
const at = new Date("2026-11-02T10:00:00Z");

function deployment(over: Partial<Deployment>): Deployment {
  return {
    id: "ecs-svc/5169280574093855189",
    status: "PRIMARY",
    taskDefinition: NEW,
    desiredCount: 2,
    pendingCount: 0,
    runningCount: 2,
    failedTasks: 0,
    createdAt: at,
    updatedAt: at,
    launchType: "FARGATE",
    rolloutState: "COMPLETED",
    rolloutStateReason: "ECS deployment ecs-svc/5169280574093855189 completed.",
    ...over,
  };
}

const oldDeployment = deployment({
  id: "ecs-svc/0926458210351537216",
  status: "ACTIVE",
  taskDefinition: OLD,
  runningCount: 2,
  rolloutState: "COMPLETED",
});

function service(over: Partial<Service> = {}): Service {
  return {
    serviceName: "web",
    clusterArn: `${ARN}:cluster/shop`,
    status: "ACTIVE",
    taskDefinition: NEW,
    desiredCount: 2,
    runningCount: 2,
    pendingCount: 0,
    deployments: [deployment({})],
    ...over,
  };
}

let serial = 0;
function task(definition: string, lastStatus = "RUNNING", over: Partial<Task> = {}): Task {
  serial += 1;
  return {
    taskArn: `${ARN}:task/shop/${serial.toString(16).padStart(32, "0")}`,
    clusterArn: `${ARN}:cluster/shop`,
    taskDefinitionArn: definition,
    group: "service:web",
    startedBy: "ecs-svc/5169280574093855189",
    lastStatus,
    desiredStatus: lastStatus === "STOPPED" ? "STOPPED" : "RUNNING",
    ...over,
  };
}

const judge = (s: Service, tasks: Task[], stoppedAtStart: string[] = []) =>
  judgeRollout({
    service: s,
    tasks,
    taskDefinitionArn: NEW,
    stoppedAtStart: new Set(stoppedAtStart),
  });

describe("a rollout is steady", () => {
  it("when one deployment runs as many tasks of the new revision as desired", () => {
    const result = judge(service(), [task(NEW), task(NEW)]);
    expect(result.phase).toBe("steady");
    expect(result.waitingFor).toEqual([]);
    expect(result.deployment?.id).toBe("ecs-svc/5169280574093855189");
  });

  it("when ECS leaves rolloutState out (a controller that does not say)", () => {
    const quiet = deployment({ rolloutState: undefined, rolloutStateReason: undefined });
    expect(judge(service({ deployments: [quiet] }), [task(NEW), task(NEW)]).phase).toBe("steady");
  });

  it("when the tasks run it, though ECS still says IN_PROGRESS (as its stable waiter allows)", () => {
    const inProgress = deployment({ rolloutState: "IN_PROGRESS" });
    const result = judge(service({ deployments: [inProgress] }), [task(NEW), task(NEW)]);
    expect(result.phase).toBe("steady");
  });

  it("ignoring tasks of the same revision that had stopped before the watch began", () => {
    const earlier = task(NEW, "STOPPED", { stoppedReason: "Scaling activity initiated by (x)" });
    const result = judge(service(), [earlier, task(NEW), task(NEW)], [earlier.taskArn ?? ""]);
    expect(result.phase).toBe("steady");
    expect(result.newTasks).toHaveLength(2);
  });
});

describe("a rollout still waits", () => {
  it("for the new tasks to run, counting those still starting", () => {
    const s = service({ runningCount: 1, pendingCount: 1 });
    const result = judge(s, [task(NEW), task(NEW, "PROVISIONING")]);
    expect(result.phase).toBe("waiting");
    expect(result.waitingFor).toContain("tasks of web:5 to run: 1 of 2 running, 1 starting");
  });

  it("for the old revision's tasks to stop and its deployment to be retired", () => {
    const s = service({ deployments: [deployment({}), oldDeployment], runningCount: 3 });
    const result = judge(s, [task(NEW), task(NEW), task(OLD)]);
    expect(result.waitingFor).toEqual([
      "1 task of web:4 to stop",
      "ECS to retire 1 older deployment",
      "ECS to count 2 running (it counts 3)",
    ]);
    expect(result.oldTasks).toHaveLength(1);
    expect(result.otherDeployments.map((d) => d.id)).toEqual(["ecs-svc/0926458210351537216"]);
  });

  it("for ECS to list a deployment for the revision and count its tasks", () => {
    const stale = deployment({ taskDefinition: OLD, rolloutState: "IN_PROGRESS" });
    const s = service({ deployments: [stale], runningCount: 0 });
    const result = judge(s, [task(NEW), task(NEW)]);
    expect(result.deployment).toBeNull();
    expect(result.waitingFor).toEqual(["ECS to count 2 running (it counts 0)"]);
  });
});

describe("a rollout fails", () => {
  it("when the circuit breaker marks the deployment FAILED", () => {
    const failed = deployment({
      rolloutState: "FAILED",
      rolloutStateReason: "ECS deployment circuit breaker: tasks failed to start.",
      failedTasks: 3,
    });
    const result = judge(service({ deployments: [failed, oldDeployment] }), [task(OLD)]);
    expect(result.phase).toBe("failed");
    expect(result.failure).toBe(
      "ECS marked deployment ecs-svc/5169280574093855189 FAILED: " +
        "ECS deployment circuit breaker: tasks failed to start.",
    );
  });

  it("when a new task stops, naming ECS's reason and its container's exit", () => {
    const stopped = task(NEW, "STOPPED", {
      stoppedReason: "Essential container in task exited",
      stopCode: "EssentialContainerExited",
      containers: [{ name: "web", lastStatus: "STOPPED", exitCode: 1, reason: "OOMKilled" }],
    });
    const result = judge(service(), [task(NEW), stopped]);
    expect(result.phase).toBe("failed");
    expect(result.failure).toBe(
      `Task ${stopped.taskArn?.split("/").pop()} of web:5 stopped: Essential container in ` +
        "task exited (web: exit code 1: OOMKilled)",
    );
  });

  it("when another deployment (or ECS's rollback) replaced the revision", () => {
    const result = judge(service({ taskDefinition: OLD }), [task(OLD), task(OLD)]);
    expect(result.failure).toBe(
      "Service web now runs web:4, not web:5: another deployment replaced this one",
    );
  });

  it("when the service is deleted while it rolls out", () => {
    const result = judge(service({ status: "DRAINING" }), [task(NEW)]);
    expect(result.failure).toBe("Service web is DRAINING: it was deleted during the rollout");
  });
});
