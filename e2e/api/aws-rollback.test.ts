import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RolloutView } from "@/lib/ecs/rollout-types";
import type { Flow } from "@/lib/flows/types";
import { testName } from "../support/docker";
import type { ApiError } from "../support/ecs-api";
import { apiJson, readSse } from "../support/http";
import {
  crashNewTask,
  createPlayedService,
  playRollout,
  waitForRevision,
} from "../support/moto/rollout";
import { playScheduler } from "../support/moto/scheduler";
import { registerServiceTaskDefinition } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";

// Rolling a service back (POST .../rollback, a flow): to the revision Slipway's
// history names, else the one before the current in its family; a conflict when
// there is none. moto lists one deployment only, so the "older deployment" source
// is covered by lib/ecs/rollback-target.test.ts.

const seg = encodeURIComponent;
let world: ServiceWorld;
let family: string;
let loneFamily: string;

const servicePath = (name: string) =>
  `/api/ecs/clusters/${seg(world.cluster)}/services/${seg(name)}`;

beforeAll(async () => {
  world = await createServiceWorld(92);
  family = testName("rollback");
  loneFamily = testName("lone");
  for (let i = 0; i < 3; i += 1) {
    world.taskDefinitions.push(await registerServiceTaskDefinition(family));
  }
  world.taskDefinitions.push(await registerServiceTaskDefinition(loneFamily));
});

afterAll(async () => {
  await world?.remove();
});

async function moveTo(name: string, revision: string) {
  const moved = await apiJson("PATCH", servicePath(name), { taskDefinition: revision });
  expect(moved.status).toBe(200);
  await playScheduler(world.cluster, name);
}

const ended = (events: { event: string }[]) => events.some((e) => e.event !== "message");

/** Starts a rollback, plays the harness once the service moved, and reads the flow to its end. */
async function rollBack(name: string, expected: string) {
  const started = await apiJson<{ id: string }>("POST", `${servicePath(name)}/rollback`);
  expect(started.status).toBe(201);
  const flowPath = `${servicePath(name)}/rollback/${started.body.id}`;
  const play = await playRollout(world.cluster, name, expected);
  const events = await readSse(`${flowPath}/events`, ended, 60_000);
  const flow = (await apiJson<Flow>("GET", flowPath)).body;
  return { flow, events, play };
}

describe("rolling a service back", () => {
  it("goes to the revision before the current one when there is no history", async () => {
    const name = await createPlayedService(world, `${family}:1`);
    await moveTo(name, `${family}:2`);

    const preview = await apiJson<{ taskDefinition: string; source: string }>(
      "GET",
      `${servicePath(name)}/rollback`,
    );
    expect(preview.body).toMatchObject({
      taskDefinition: `${family}:1`,
      source: "previous-revision",
    });

    const { flow, events, play } = await rollBack(name, `${family}:1`);
    expect(events.at(-1)).toEqual({ event: "end", data: { state: "succeeded" } });
    expect(flow.kind).toBe("rollback");
    expect(flow.subject).toEqual({ cluster: world.cluster, service: name });
    expect(flow.steps.map((s) => [s.id, s.state])).toEqual([
      ["find-previous-revision", "succeeded"],
      ["update-service", "succeeded"],
      ["roll-out", "succeeded"],
    ]);
    const ip = Object.values(play.publicIps)[0];
    expect(flow.result).toMatchObject({
      cluster: world.cluster,
      service: name,
      taskDefinition: `${family}:1`,
      revision: 1,
      source: "previous-revision",
      publicUrl: `http://${ip}:8000`,
    });
    expect(String(flow.result.taskDefinitionArn)).toMatch(
      new RegExp(`task-definition/${family}:1$`),
    );
    const rollout = flow.steps[2]?.detail.rollout as RolloutView;
    expect(rollout).toMatchObject({ phase: "steady", taskDefinition: `${family}:1` });
    const service = await apiJson<{ taskDefinition: string }>("GET", servicePath(name));
    expect(service.body.taskDefinition).toBe(`${family}:1`);
  });

  it("goes to the revision of its last successful rollback from Slipway's history", async () => {
    const name = await createPlayedService(world, `${family}:1`);
    await moveTo(name, `${family}:2`);
    const first = await rollBack(name, `${family}:1`);
    expect(first.flow.state).toBe("succeeded");
    await moveTo(name, `${family}:3`);

    // The family's revision before 3 is 2; the history says the service last ran 1.
    const { flow } = await rollBack(name, `${family}:1`);
    expect(flow.state).toBe("succeeded");
    expect(flow.result).toMatchObject({ taskDefinition: `${family}:1`, source: "history" });
    expect(flow.steps[0]?.output.join("\n")).toContain(`flow ${first.flow.id}`);
  });

  it("fails when a new task stops, and a retry rolls out again", async () => {
    const name = await createPlayedService(world, `${family}:1`);
    await moveTo(name, `${family}:2`);
    const started = await apiJson<{ id: string }>("POST", `${servicePath(name)}/rollback`);
    const flowPath = `${servicePath(name)}/rollback/${started.body.id}`;
    await waitForRevision(world.cluster, name, `${family}:1`);
    await crashNewTask(world.cluster, name, "Essential container in task exited");

    const failed = await readSse(`${flowPath}/events`, ended, 60_000);
    expect(failed.at(-1)?.event).toBe("failure");
    expect(failed.at(-1)?.data).toMatchObject({ code: "upstream_error", step: "roll-out" });
    expect(JSON.stringify(failed.at(-1)?.data)).toContain(
      "stopped: Essential container in task exited",
    );

    const retried = await apiJson<Flow>("POST", `${flowPath}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ state: "running", attempts: 2 });
    await playScheduler(world.cluster, name);
    const done = await readSse(`${flowPath}/events`, ended, 60_000);
    expect(done.at(-1)).toEqual({ event: "end", data: { state: "succeeded" } });
  });

  it("cancels a rollback while it rolls out", async () => {
    const name = await createPlayedService(world, `${family}:1`);
    await moveTo(name, `${family}:2`);
    const started = await apiJson<{ id: string }>("POST", `${servicePath(name)}/rollback`);
    const flowPath = `${servicePath(name)}/rollback/${started.body.id}`;
    await waitForRevision(world.cluster, name, `${family}:1`);

    const cancelled = await apiJson<Flow>("POST", `${flowPath}/cancel`);
    expect(cancelled.status).toBe(200);
    const events = await readSse(`${flowPath}/events`, ended, 30_000);
    expect(events.at(-1)?.data).toMatchObject({ code: "cancelled" });
    expect((await apiJson<Flow>("GET", flowPath)).body.state).toBe("cancelled");
  });

  it("refuses with 409 before any flow starts when there is nothing to roll back to", async () => {
    const name = await createPlayedService(world, `${loneFamily}:1`);
    const res = await apiJson<ApiError>("POST", `${servicePath(name)}/rollback`);

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    expect(res.body.error.message).toContain(
      `Nothing to roll back to: ${name} runs ${loneFamily}:1`,
    );
    expect(res.body.error.message).toContain(`${loneFamily} has no ACTIVE revision before 1`);
  });

  it("answers 404 for a rollback id of another service", async () => {
    const name = await createPlayedService(world, `${loneFamily}:1`);
    const id = "00000000-0000-4000-8000-000000000000";
    const res = await apiJson<ApiError>("GET", `${servicePath(name)}/rollback/${id}`);
    expect(res.status).toBe(404);
  });
});
