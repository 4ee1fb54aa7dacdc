import type { Deployment } from "@aws-sdk/client-ecs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { findRollbackTarget } from "@/lib/ecs/rollback-target";
import type { Flow } from "@/lib/flows/types";

// Where a rollback of service `web` (running web:7) goes, by source: Slipway's
// history first, then ECS's older deployment, then the revision before 7.

const history: Flow[] = [];
vi.mock("@/lib/flows/query", () => ({ listFlows: async () => history }));

const ARN = "arn:aws:ecs:us-east-1:111122223333";
const td = (revision: number) => `${ARN}:task-definition/web:${revision}`;

function ecs(deployments: Deployment[], active = [7, 6, 5, 3]) {
  return fakeAwsClients({
    describeServices: () => ({
      services: [
        {
          serviceName: "web",
          clusterArn: `${ARN}:cluster/shop`,
          status: "ACTIVE",
          taskDefinition: td(7),
          deployments,
        },
      ],
    }),
    listTaskDefinitions: () => ({ taskDefinitionArns: active.map(td) }),
  });
}

const primary: Deployment = { id: "ecs-svc/7", status: "PRIMARY", taskDefinition: td(7) };

function flow(over: Partial<Flow>): Flow {
  return {
    id: "f0",
    kind: "ship",
    state: "succeeded",
    createdAt: "2026-11-01T10:00:00.000Z",
    updatedAt: "2026-11-01T10:02:00.000Z",
    endedAt: "2026-11-01T10:02:00.000Z",
    subject: { cluster: "shop", service: "web" },
    input: {},
    steps: [],
    result: { taskDefinitionArn: td(7) },
    failure: null,
    attempts: 1,
    ...over,
  };
}

beforeEach(() => {
  history.length = 0;
});

describe("finding the revision to roll back to", () => {
  it("takes the newest successful ship of another revision from the history", async () => {
    history.push(
      flow({ id: "now", result: { taskDefinitionArn: td(7) } }),
      flow({ id: "failed", state: "failed", result: { taskDefinitionArn: td(6) } }),
      flow({ id: "other", subject: { cluster: "shop", service: "api" } }),
      flow({ id: "before", result: { taskDefinitionArn: td(5) } }),
    );
    const target = await findRollbackTarget(ecs([primary]).aws, "shop", "web");
    expect(target).toMatchObject({ taskDefinition: "web:5", revision: 5, source: "history" });
    expect(target.sourceNote).toContain("flow before");
    // The dialog words the time itself, in local time.
    expect(target.sourceFlow).toEqual({
      id: "before",
      kind: "ship",
      at: "2026-11-01T10:02:00.000Z",
    });
  });

  it("skips a shipped revision that was deregistered since", async () => {
    history.push(flow({ id: "gone", result: { taskDefinitionArn: td(4) } }));
    const target = await findRollbackTarget(ecs([primary]).aws, "shop", "web");
    expect(target).toMatchObject({ taskDefinition: "web:6", source: "previous-revision" });
  });

  it("takes ECS's older deployment when Slipway has no history of the service", async () => {
    const older: Deployment = { id: "ecs-svc/3", status: "ACTIVE", taskDefinition: td(3) };
    const target = await findRollbackTarget(ecs([primary, older]).aws, "shop", "web");
    expect(target).toMatchObject({
      taskDefinitionArn: td(3),
      source: "deployments",
      currentTaskDefinitionArn: td(7),
    });
    expect(target.sourceNote).toBe("ECS's deployments: ecs-svc/3 (ACTIVE) before the primary one");
  });

  it("else takes the ACTIVE revision just before the current one", async () => {
    const target = await findRollbackTarget(ecs([primary], [7, 5, 3]).aws, "shop", "web");
    expect(target).toMatchObject({ taskDefinitionArn: td(5), source: "previous-revision" });
  });

  it("is a conflict naming what was looked at when nothing qualifies", async () => {
    const search = findRollbackTarget(ecs([primary], [7]).aws, "shop", "web");
    await expect(search).rejects.toMatchObject({
      code: "conflict",
      message:
        "Nothing to roll back to: web runs web:7, Slipway has no earlier successful ship or " +
        "rollback of it with another revision, ECS lists no older deployment, and web has " +
        "no ACTIVE revision before 7.",
    });
  });
});
