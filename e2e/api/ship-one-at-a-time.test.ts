import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import type { ApiError as BaseError } from "../support/ecs-api";
import { apiJson } from "../support/http";
import { createPlayedService, waitForRevision } from "../support/moto/rollout";
import { playScheduler } from "../support/moto/scheduler";
import { registerServiceTaskDefinition } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";

// One ship or rollback per service at a time: whichever runs, a rollback or a ship
// of the same service is refused with 409 naming the running flow. No scheduler
// plays here, so a started rollback waits in its roll-out step.

type ApiError = { error: BaseError["error"] & { details?: unknown } };

const seg = encodeURIComponent;
let world: ServiceWorld;
let family: string;
const started: string[] = [];

const servicePath = (name: string) =>
  `/api/ecs/clusters/${seg(world.cluster)}/services/${seg(name)}`;

beforeAll(async () => {
  world = await createServiceWorld(97);
  family = testName("alone");
  for (let i = 0; i < 2; i += 1) {
    world.taskDefinitions.push(await registerServiceTaskDefinition(family));
  }
});

afterAll(async () => {
  for (const path of started) await apiJson("POST", `${path}/cancel`);
  await world?.remove();
});

/** A service on revision 2 of the family, so there is a revision 1 to roll back to. */
async function serviceOnSecondRevision(): Promise<string> {
  const name = await createPlayedService(world, `${family}:1`);
  const moved = await apiJson("PATCH", servicePath(name), { taskDefinition: `${family}:2` });
  expect(moved.status).toBe(200);
  await playScheduler(world.cluster, name);
  return name;
}

const shipBody = (name: string) => ({
  source: { image: "slipway-test-never-pushed:latest" },
  repository: testName("alone-repo"),
  tag: "v1",
  cluster: world.cluster,
  service: name,
});

describe("one ship or rollback per service at a time", () => {
  it("refuses a rollback and a ship while a rollback rolls out", async () => {
    const name = await serviceOnSecondRevision();
    const first = await apiJson<{ id: string }>("POST", `${servicePath(name)}/rollback`);
    expect(first.status).toBe(201);
    started.push(`${servicePath(name)}/rollback/${first.body.id}`);
    await waitForRevision(world.cluster, name, `${family}:1`);

    const rollback = await apiJson<ApiError>("POST", `${servicePath(name)}/rollback`);
    expect(rollback.status).toBe(409);
    expect(rollback.body.error.code).toBe("conflict");
    expect(rollback.body.error.details).toEqual({ flow: { id: first.body.id, kind: "rollback" } });

    // By the service's ARN: the same service.
    const arnPath = `/api/ecs/clusters/${seg(world.cluster)}/services/${seg(
      `arn:aws:ecs:us-east-1:123456789012:service/${world.cluster}/${name}`,
    )}/rollback`;
    const byArn = await apiJson<ApiError>("POST", arnPath);
    expect(byArn.status).toBe(409);

    const ship = await apiJson<ApiError>("POST", "/api/ship", shipBody(name));
    expect(ship.status).toBe(409);
    expect(ship.body.error.message).toContain(`A rollback of ${name}`);
    expect(ship.body.error.details).toEqual({ flow: { id: first.body.id, kind: "rollback" } });
  });

  it("starts exactly one of two rollbacks posted together", async () => {
    const name = await serviceOnSecondRevision();
    const answers = await Promise.all([
      apiJson<{ id: string }>("POST", `${servicePath(name)}/rollback`),
      apiJson<{ id: string }>("POST", `${servicePath(name)}/rollback`),
    ]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409]);
    const winner = answers.find((a) => a.status === 201);
    if (winner) started.push(`${servicePath(name)}/rollback/${winner.body.id}`);
  });
});
