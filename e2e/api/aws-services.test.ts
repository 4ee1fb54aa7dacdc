import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import type { ApiError, Deletion, Service, Task } from "../support/ecs-api";
import { apiJson } from "../support/http";
import { playScheduler } from "../support/moto/scheduler";
import { registerServiceTaskDefinition } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";

const seg = encodeURIComponent;
let world: ServiceWorld;
let family: string;

const servicesPath = () => `/api/ecs/clusters/${seg(world.cluster)}/services`;
const servicePath = (name: string) => `${servicesPath()}/${seg(name)}`;
const tasksOf = async (service: string, status = "RUNNING") =>
  (
    await apiJson<Task[]>(
      "GET",
      `/api/ecs/clusters/${seg(world.cluster)}/tasks?service=${seg(service)}&status=${status}`,
    )
  ).body;

beforeAll(async () => {
  world = await createServiceWorld(81);
  family = testName("family");
  world.taskDefinitions.push(
    await registerServiceTaskDefinition(family),
    await registerServiceTaskDefinition(family),
  );
});

afterAll(async () => {
  await world?.remove();
});

async function createFargateService(desiredCount = 1, extra: Record<string, unknown> = {}) {
  const name = testName("svc");
  const res = await apiJson<Service>("POST", servicesPath(), {
    name,
    taskDefinition: family,
    desiredCount,
    subnets: world.subnetIds,
    securityGroups: [world.securityGroupId],
    assignPublicIp: true,
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe("creating and listing services", () => {
  it("creates a Fargate service with a public IP on the latest revision, tagged", async () => {
    const created = await createFargateService(1, { app: "slipway-test-shop" });
    expect(created).toMatchObject({
      status: "ACTIVE",
      desiredCount: 1,
      taskDefinition: `${family}:2`,
      launchType: "FARGATE",
      schedulingStrategy: "REPLICA",
      network: {
        subnets: world.subnetIds,
        securityGroups: [world.securityGroupId],
        assignPublicIp: true,
      },
    });
    expect(created.tags).toEqual({
      "slipway:app": "slipway-test-shop",
      "slipway:created-by": "slipway",
    });
  });

  it("lists the cluster's services with counts, revision and deployments", async () => {
    const created = await createFargateService(1);
    await playScheduler(world.cluster, created.name);

    const { status, body } = await apiJson<Service[]>("GET", servicesPath());
    expect(status).toBe(200);
    const listed = body.find((s) => s.name === created.name);
    expect(listed).toMatchObject({ desiredCount: 1, taskDefinition: `${family}:2` });
    expect((listed?.runningCount ?? 0) + (listed?.pendingCount ?? 0)).toBe(1);
    expect(listed?.deployments[0]).toMatchObject({ status: "PRIMARY" });
    expect(listed?.deployments[0]?.rolloutState).toMatch(/IN_PROGRESS|COMPLETED/);
  });

  it("shows one service's detail with its deployments and its tasks", async () => {
    const created = await createFargateService(1);
    const play = await playScheduler(world.cluster, created.name);
    expect(play.started).toHaveLength(1);

    const { status, body } = await apiJson<Service>("GET", servicePath(created.name));
    expect(status).toBe(200);
    expect(body.deployments).toHaveLength(1);
    expect(Array.isArray(body.events)).toBe(true);
    const tasks = await tasksOf(created.name);
    expect(tasks.map((t) => [t.service, t.status])).toEqual([[created.name, "RUNNING"]]);
  });

  it("tells which task definitions the form can offer", async () => {
    const families = await apiJson<{ families: string[] }>(
      "GET",
      "/api/ecs/task-definition-choices",
    );
    expect(families.body.families).toContain(family);
    const revisions = await apiJson<{ revisions: Array<{ taskDefinition: string }> }>(
      "GET",
      `/api/ecs/task-definition-choices?family=${family}`,
    );
    expect(revisions.body.revisions.map((r) => r.taskDefinition)).toEqual([
      `${family}:2`,
      `${family}:1`,
    ]);
    const choice = await apiJson<{ networkMode: string; containerPorts: unknown[] }>(
      "GET",
      `/api/ecs/task-definition-choices/${seg(`${family}:1`)}`,
    );
    expect(choice.body).toMatchObject({
      networkMode: "awsvpc",
      containerPorts: [{ containerName: "web", containerPort: 8000, protocol: "tcp" }],
    });
  });
});

describe("updating a service", () => {
  it("scales to a new desired count, and the scheduler starts the tasks", async () => {
    const created = await createFargateService(1);
    await playScheduler(world.cluster, created.name);

    const res = await apiJson<Service>("PATCH", servicePath(created.name), { desiredCount: 3 });
    expect(res.status).toBe(200);
    expect(res.body.desiredCount).toBe(3);
    const play = await playScheduler(world.cluster, created.name);
    expect(play.started).toHaveLength(2);
    expect(await tasksOf(created.name)).toHaveLength(3);
  });

  it("forces a new deployment", async () => {
    const created = await createFargateService(0);
    const before = created.deployments[0]?.id;
    const res = await apiJson<Service>("PATCH", servicePath(created.name), {
      forceNewDeployment: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.deployments[0]?.id).not.toBe(before);
  });

  it("moves to another revision", async () => {
    const created = await createFargateService(0);
    const res = await apiJson<Service>("PATCH", servicePath(created.name), {
      taskDefinition: `${family}:1`,
    });
    expect(res.status).toBe(200);
    expect(res.body.taskDefinition).toBe(`${family}:1`);
  });

  it("refuses an empty change and a count that is not a number, naming the field", async () => {
    const created = await createFargateService(0);
    const empty = await apiJson<ApiError>("PATCH", servicePath(created.name), {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("name at least one of desiredCount");
    const words = await apiJson<ApiError>("PATCH", servicePath(created.name), {
      desiredCount: "two",
    });
    expect(words.status).toBe(400);
    expect(words.body.error.message).toContain("desiredCount:");
    const unknown = await apiJson<ApiError>("PATCH", servicePath(created.name), {
      taskDefinition: `${family}:99`,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^taskDefinition: task definition/);
  });
});

describe("deleting a service", () => {
  it("without force scales to 0, deletes, and the scheduler stops its tasks", async () => {
    const created = await createFargateService(2);
    await playScheduler(world.cluster, created.name);

    const res = await apiJson<Deletion>("DELETE", servicePath(created.name));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      service: created.name,
      steps: ["scaled from 2 to 0", "deleted"],
      forced: false,
      scaledFrom: 2,
    });
    const play = await playScheduler(world.cluster, created.name);
    expect(play.stopped).toHaveLength(2);

    expect((await apiJson("GET", servicePath(created.name))).status).toBe(404);
    expect(await tasksOf(created.name, "RUNNING")).toEqual([]);
    const stopped = await tasksOf(created.name, "STOPPED");
    expect(stopped.map((t) => t.status)).toEqual(["STOPPED", "STOPPED"]);
  });

  it("with force deletes without scaling", async () => {
    const created = await createFargateService(1);
    const res = await apiJson<Deletion>("DELETE", `${servicePath(created.name)}?force=true`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      forced: true,
      scaledFrom: null,
      steps: ["deleted with force (ECS stops its tasks)"],
    });
  });

  it("refuses a force that is not true or false", async () => {
    const created = await createFargateService(0);
    const res = await apiJson<ApiError>("DELETE", `${servicePath(created.name)}?force=yes`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("force");
  });
});
