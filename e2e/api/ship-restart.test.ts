import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CreateRepositoryCommand } from "@aws-sdk/client-ecr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Flow } from "@/lib/flows/types";
import type { ShipHistoryEntry } from "@/lib/ship/history-entry";
import { freePort } from "../support/containers";
import { removeImageQuietly, testName } from "../support/docker";
import { deleteStandInManifest } from "../support/ecr-stand-in";
import { eventually } from "../support/http";
import { MOTO_REGION, MOTO_URL, moto } from "../support/moto";
import { removeTestRepository } from "../support/moto/ecr";
import { removeLogGroup } from "../support/moto/logs";
import { createPlayedService } from "../support/moto/rollout";
import { registerServiceTaskDefinition } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";
import { type RunningSlipway, startSlipway } from "../support/second-slipway";
import { buildLocalImage, stepStates } from "../support/ship";

// A ship lives on the server: a Slipway that stops while a ship rolls out shows it
// interrupted when it starts again, in the flow and in the service's history. A
// second Slipway with its own data folder plays the restart.

let world: ServiceWorld;
let service = "";
let repositoryUri = "";
let second: RunningSlipway | undefined;
let port = 0;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "slipway-test-ship-data-"));
const repository = testName("restart");
const family = testName("restartfam");
const image = `${testName("local")}:v1`;
let digest = "";

// moto for the second server, as scripts/test-server.sh gives the first one.
const env = {
  SLIPWAY_DATA_DIR: dataDir,
  AWS_ENDPOINT_URL: MOTO_URL,
  AWS_ACCESS_KEY_ID: "testing",
  AWS_SECRET_ACCESS_KEY: "testing",
  AWS_REGION: MOTO_REGION,
  AWS_EC2_METADATA_DISABLED: "true",
};

async function call<T>(method: string, route: string, body?: unknown) {
  const response = await fetch(`${second?.url}${route}`, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  world = await createServiceWorld(96);
  const created = await moto.ecr.send(new CreateRepositoryCommand({ repositoryName: repository }));
  repositoryUri = created.repository?.repositoryUri ?? "";
  world.taskDefinitions.push(await registerServiceTaskDefinition(family), `${family}:2`);
  service = await createPlayedService(world, `${family}:1`);
  await buildLocalImage(image, repository);
  port = await freePort();
  second = await startSlipway(port, env);
});

afterAll(async () => {
  await second?.stop();
  await world?.remove();
  if (digest) await deleteStandInManifest(repositoryUri, digest);
  await removeTestRepository(repository);
  await removeLogGroup(`/ecs/${family}`);
  await removeImageQuietly(image);
  await removeImageQuietly(`${repositoryUri}:v1`);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a ship when Slipway restarts", () => {
  it("is interrupted at the step it was in, in the flow and the history", async () => {
    const started = await call<{ id: string }>("POST", "/api/ship", {
      source: { image },
      repository,
      tag: "v1",
      cluster: world.cluster,
      service,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const id = started.body.id;
    // No harness plays the scheduler: the rollout waits, and the server stops under it
    // once its flow file says so (the file is written a moment after each change).
    await eventually(async () => {
      const saved = JSON.parse(await readFile(path.join(dataDir, "flows", `${id}.json`), "utf8"));
      expect(stepStates(saved as Flow)["roll-out"]).toBe("running");
    }, 60_000);
    const stoppedAt = Date.now();
    await second?.stop();

    second = await startSlipway(port, env);
    const { body: flow } = await call<Flow>("GET", `/api/ship/${id}`);
    digest = String(flow.result.digest ?? "");
    expect(flow.state).toBe("interrupted");
    expect(stepStates(flow)).toMatchObject({ deploy: "succeeded", "roll-out": "interrupted" });
    expect(flow.failure?.message).toContain('Slipway stopped while "Roll out" ran');
    // It ended when it last changed: the time Slipway was down is not in its duration.
    expect(Date.parse(flow.endedAt ?? "")).toBeLessThanOrEqual(stoppedAt);

    const history = await call<ShipHistoryEntry[]>(
      "GET",
      `/api/ship?cluster=${world.cluster}&service=${service}`,
    );
    expect(history.body.map((e) => [e.id, e.outcome])).toEqual([[id, "interrupted"]]);
  });
});
