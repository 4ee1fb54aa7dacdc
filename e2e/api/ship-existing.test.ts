import { CreateRepositoryCommand } from "@aws-sdk/client-ecr";
import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  TagResourceCommand,
} from "@aws-sdk/client-ecs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShipHistoryEntry } from "@/lib/ship/history-entry";
import { removeImageQuietly, testName } from "../support/docker";
import { deleteStandInManifest, standInManifest } from "../support/ecr-stand-in";
import { apiJson, eventually } from "../support/http";
import { moto } from "../support/moto";
import { removeTestRepository, waitForEcrImage } from "../support/moto/ecr";
import { removeLogGroup } from "../support/moto/logs";
import { createPlayedService, playRollout } from "../support/moto/rollout";
import { registerServiceTaskDefinition } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";
import { buildLocalImage, followShip, postShip, stepStates } from "../support/ship";

// Shipping a local image to a service that runs: a real push into the ECR stand-in,
// a new revision pinned by the pushed digest, UpdateService, and a rollout watched
// until steady while the harness plays ECS's scheduler. Then a second version whose
// rollout is cancelled, and the history of both.

let world: ServiceWorld;
let service = "";
let repositoryUri = "";
const repository = testName("ship");
const family = testName("shipfam");
const image = `${testName("local")}:v1`;
// The app the first deploy named: later ships without `app` keep it.
const app = testName("app");
const digests: string[] = [];

beforeAll(async () => {
  world = await createServiceWorld(95);
  const created = await moto.ecr.send(new CreateRepositoryCommand({ repositoryName: repository }));
  repositoryUri = created.repository?.repositoryUri ?? "";
  world.taskDefinitions.push(await registerServiceTaskDefinition(family));
  service = await createPlayedService(world, `${family}:1`);
  const described = await moto.ecs.send(
    new DescribeServicesCommand({ cluster: world.cluster, services: [service] }),
  );
  await moto.ecs.send(
    new TagResourceCommand({
      resourceArn: described.services?.[0]?.serviceArn,
      tags: [{ key: "slipway:app", value: app }],
    }),
  );
  await buildLocalImage(image, repository);
});

afterAll(async () => {
  world.taskDefinitions.push(`${family}:2`, `${family}:3`);
  await world?.remove();
  for (const digest of digests) await deleteStandInManifest(repositoryUri, digest);
  await removeTestRepository(repository);
  await removeLogGroup(`/ecs/${family}`);
  for (const tag of [image, `${repositoryUri}:v1`, `${repositoryUri}:v2`]) {
    await removeImageQuietly(tag);
  }
});

const ship = (tag: string) =>
  postShip({ source: { image }, repository, tag, cluster: world.cluster, service });

describe("shipping an image to a service that runs", () => {
  it("pushes, registers a revision pinned by digest, updates the service, rolls out", async () => {
    const started = await ship("v1");
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const played = playRollout(world.cluster, service, `${family}:2`);
    const { flow, closing } = await followShip(started.body.id);
    await played;

    expect(closing).toEqual({ event: "end", data: { state: "succeeded" } });
    expect(stepStates(flow)).toEqual({
      build: "skipped",
      push: "succeeded",
      register: "succeeded",
      deploy: "succeeded",
      "roll-out": "succeeded",
    });
    expect(flow.steps[0]?.output).toEqual([`No build: the source is the local image ${image}`]);

    const digest = await waitForEcrImage(repository, "v1");
    digests.push(digest);
    expect(flow.result).toMatchObject({
      digest,
      imageUri: `${repositoryUri}:v1`,
      taskDefinition: `${family}:2`,
      revision: 2,
      cluster: world.cluster,
      service,
    });
    expect((await standInManifest(repositoryUri, digest)).status).toBe(200);

    const revision = await moto.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: `${family}:2`, include: ["TAGS"] }),
    );
    expect(revision.taskDefinition?.containerDefinitions?.[0]?.image).toBe(
      `${repositoryUri}@${digest}`,
    );
    expect(revision.taskDefinition?.cpu).toBe("256");
    expect(revision.tags).toEqual(
      expect.arrayContaining([
        { key: "slipway:app", value: app },
        { key: "slipway:created-by", value: "slipway" },
      ]),
    );
    const described = await moto.ecs.send(
      new DescribeServicesCommand({ cluster: world.cluster, services: [service] }),
    );
    expect(described.services?.[0]?.taskDefinition).toBe(flow.result.taskDefinitionArn);
  });

  it("cancels a rollout that does not settle, and lists both ships newest first", async () => {
    const started = await ship("v2");
    expect(started.status).toBe(201);
    const id = started.body.id;
    await eventually(async () => {
      const { body } = await apiJson<{ steps: Array<{ id: string; state: string }> }>(
        "GET",
        `/api/ship/${id}`,
      );
      expect(body.steps.find((s) => s.id === "roll-out")?.state).toBe("running");
    }, 60_000);

    // The harness does not play: the rollout waits until it is cancelled.
    const twice = await ship("v3");
    expect(twice.status).toBe(409);
    const rollback = await apiJson<{ error: { details?: unknown } }>(
      "POST",
      `/api/ecs/clusters/${world.cluster}/services/${service}/rollback`,
    );
    expect(rollback.status).toBe(409);
    expect(rollback.body.error.details).toEqual({ flow: { id, kind: "ship" } });
    const cancelled = await apiJson("POST", `/api/ship/${id}/cancel`);
    expect(cancelled.status).toBe(200);
    const { flow, closing } = await followShip(id);
    expect(flow.state).toBe("cancelled");
    expect(closing?.event).toBe("failure");
    expect(stepStates(flow)["roll-out"]).toBe("interrupted");
    digests.push(String(flow.result.digest));

    const history = await apiJson<ShipHistoryEntry[]>(
      "GET",
      `/api/ship?cluster=${world.cluster}&service=${service}`,
    );
    expect(history.body.map((e) => [e.kind, e.outcome, e.revision])).toEqual([
      ["ship", "cancelled", `${family}:3`],
      ["ship", "succeeded", `${family}:2`],
    ]);
    const [, first] = history.body;
    expect(first?.digest).toBe(digests[0]);
    expect(first?.durationMs).toBeGreaterThan(0);
    const latest = await apiJson<ShipHistoryEntry[]>("GET", "/api/ship");
    const ours = latest.body.filter((e) => e.service === service).map((e) => e.id);
    expect(ours).toEqual(history.body.map((e) => e.id));
  });
});
