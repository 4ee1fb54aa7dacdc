import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RolloutView } from "@/lib/ecs/rollout-types";
import { testName } from "../support/docker";
import type { ApiError } from "../support/ecs-api";
import { apiJson } from "../support/http";
import { crashNewTask, createPlayedService } from "../support/moto/rollout";
import { playScheduler } from "../support/moto/scheduler";
import { registerServiceTaskDefinition } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";
import { openSse } from "../support/sse";

// Following a service's rollout (GET .../rollout, watchRollout behind it) while
// the harness plays what ECS does: start the new revision's tasks, stop the old.

const seg = encodeURIComponent;
let world: ServiceWorld;
let family: string;

const servicePath = (name: string) =>
  `/api/ecs/clusters/${seg(world.cluster)}/services/${seg(name)}`;
const failureOf = (event: { data: unknown } | undefined) =>
  (event?.data ?? {}) as Partial<ApiError["error"]>;
const views = (events: { event: string; data: unknown }[]) =>
  events.filter((e) => e.event === "message").map((e) => e.data as RolloutView);

beforeAll(async () => {
  world = await createServiceWorld(91);
  family = testName("rollout");
  world.taskDefinitions.push(
    await registerServiceTaskDefinition(family),
    await registerServiceTaskDefinition(family),
  );
});

afterAll(async () => {
  await world?.remove();
});

async function serviceMovedToRevision2(): Promise<string> {
  const name = await createPlayedService(world, `${family}:1`);
  const moved = await apiJson("PATCH", servicePath(name), { taskDefinition: `${family}:2` });
  expect(moved.status).toBe(200);
  return name;
}

describe("following a rollout", () => {
  it("shows a service that is already steady once, then ends", async () => {
    const name = await createPlayedService(world, `${family}:1`);
    const stream = await openSse(`${servicePath(name)}/rollout`);
    await stream.ended();

    expect(stream.events.at(-1)?.event).toBe("end");
    const [view] = views(stream.events);
    expect(view).toMatchObject({ phase: "steady", taskDefinition: `${family}:1`, waitingFor: [] });
  });

  it("waits for the new revision's tasks, then ends steady with the public URL", async () => {
    const name = await serviceMovedToRevision2();
    const stream = await openSse(`${servicePath(name)}/rollout`);
    await stream.until((events) => views(events).length > 0);

    const first = views(stream.events)[0];
    expect(first).toMatchObject({ phase: "waiting", taskDefinition: `${family}:2` });
    expect(first?.waitingFor).toContain(`tasks of ${family}:2 to run: 0 of 1 running`);
    expect(first?.oldTasks.map((t) => t.taskDefinition)).toEqual([`${family}:1`]);
    expect(first?.summary).toMatch(/^waiting for tasks of .+:2 to run: 0 of 1 running.*, \d+ s$/);

    const play = await playScheduler(world.cluster, name);
    await stream.ended(30_000);
    expect(stream.events.at(-1)?.event).toBe("end");
    const last = views(stream.events).at(-1);
    const ip = Object.values(play.publicIps)[0];
    expect(last).toMatchObject({ phase: "steady", oldTasks: [], publicUrl: `http://${ip}:8000` });
    expect(last?.newTasks.map((t) => [t.taskDefinition, t.lastStatus])).toEqual([
      [`${family}:2`, "RUNNING"],
    ]);
    expect(last?.newTasks[0]?.networkBindings[0]).toMatchObject({
      publicIp: ip,
      containerPort: 8000,
    });
  });

  it("fails naming the reason when a new task stops", async () => {
    const name = await serviceMovedToRevision2();
    const stream = await openSse(`${servicePath(name)}/rollout`);
    await stream.until((events) => views(events).length > 0);

    const crashed = await crashNewTask(world.cluster, name, "Essential container in task exited");
    await stream.ended(30_000);
    const end = stream.events.at(-1);
    expect(end?.event).toBe("failure");
    expect(failureOf(end).message).toContain(
      `Task ${crashed.split("/").pop()} of ${family}:2 stopped: Essential container in task exited`,
    );
    expect(views(stream.events).at(-1)?.phase).toBe("failed");
  });

  it("gives up after its timeout, naming what it waited for", async () => {
    const name = await serviceMovedToRevision2();
    const started = Date.now();
    const stream = await openSse(`${servicePath(name)}/rollout?timeout=3`);
    await stream.ended(20_000);

    expect(Date.now() - started).toBeGreaterThanOrEqual(3_000);
    const end = stream.events.at(-1);
    expect(end?.event).toBe("failure");
    expect(failureOf(end).message).toBe(
      `The rollout of ${family}:2 to ${name} did not settle within 3 s: still waiting for ` +
        `tasks of ${family}:2 to run: 0 of 1 running; 1 task of ${family}:1 to stop`,
    );
  });

  it("answers 404 before streaming when the service does not exist", async () => {
    const res = await apiJson<ApiError>("GET", `${servicePath(testName("none"))}/rollout`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });

  it("refuses a timeout out of range", async () => {
    const name = testName("none");
    const res = await apiJson<ApiError>("GET", `${servicePath(name)}/rollout?timeout=0`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("timeout is at least 1 second");
  });
});
