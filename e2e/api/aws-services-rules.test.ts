import { CreateServiceCommand } from "@aws-sdk/client-ecs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import type { ApiError, Deletion } from "../support/ecs-api";
import { apiJson } from "../support/http";
import { moto } from "../support/moto";
import { serviceTasks } from "../support/moto/scheduler";
import { registerServiceTaskDefinition } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";

// What Slipway refuses or does differently for services: DAEMON services, bad
// input, names in use, unknown clusters and services.

const seg = encodeURIComponent;
let world: ServiceWorld;
let family: string;
let bridgeFamily: string;

const servicesPath = () => `/api/ecs/clusters/${seg(world.cluster)}/services`;
const servicePath = (name: string) => `${servicesPath()}/${seg(name)}`;

beforeAll(async () => {
  world = await createServiceWorld(84);
  family = testName("family");
  bridgeFamily = testName("family-bridge");
  world.taskDefinitions.push(
    await registerServiceTaskDefinition(family),
    await registerServiceTaskDefinition(bridgeFamily, "bridge"),
  );
});

afterAll(async () => {
  await world?.remove();
});

describe("a DAEMON service", () => {
  async function createDaemon() {
    const name = testName("daemon");
    await moto.ecs.send(
      new CreateServiceCommand({
        cluster: world.cluster,
        serviceName: name,
        taskDefinition: bridgeFamily,
        schedulingStrategy: "DAEMON",
        launchType: "EC2",
      }),
    );
    return name;
  }

  it("refuses a desired count", async () => {
    const name = await createDaemon();
    const res = await apiJson<ApiError>("PATCH", servicePath(name), { desiredCount: 2 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(`desiredCount: ${name} is a DAEMON service`);
  });

  it("is deleted with force, never scaled, and the answer says so", async () => {
    const name = await createDaemon();
    const res = await apiJson<Deletion>("DELETE", servicePath(name));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ forced: true, scaledFrom: null });
    expect(res.body.steps).toContain(
      "DAEMON services cannot be scaled, so it was deleted with force",
    );
    expect(await serviceTasks(world.cluster, name, "RUNNING")).toEqual([]);
  });
});

describe("refusals", () => {
  it("asks for subnets when the task definition uses awsvpc", async () => {
    const res = await apiJson<ApiError>("POST", servicesPath(), {
      name: testName("svc"),
      taskDefinition: family,
      desiredCount: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(`subnets: ${family}:1 uses the awsvpc network mode`);
  });

  it("names the field for a bad name, count, launch type or task definition", async () => {
    const base = { name: testName("svc"), taskDefinition: family, desiredCount: 1 };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: "no spaces allowed" }, "name: service name holds"],
      [{ desiredCount: -1 }, "desiredCount: desired count must be 0 or more"],
      [{ launchType: "LAMBDA" }, "launchType: launch type is FARGATE or EC2"],
      [{ taskDefinition: testName("missing") }, "taskDefinition: task definition"],
      [{ subnets: ["default"] }, "subnets.0: subnet ids look like"],
    ];
    for (const [change, expected] of cases) {
      const res = await apiJson<ApiError>("POST", servicesPath(), { ...base, ...change });
      expect(res.status, JSON.stringify(change)).toBe(400);
      expect(res.body.error.message).toContain(expected);
    }
  });

  it("answers 409 for a second service of the same name", async () => {
    const name = testName("svc");
    // moto answers CreateService with HTTP 500 when awsvpc has no security groups.
    const body = {
      name,
      taskDefinition: family,
      desiredCount: 0,
      subnets: world.subnetIds,
      securityGroups: [world.securityGroupId],
    };
    expect((await apiJson("POST", servicesPath(), body)).status).toBe(201);
    const again = await apiJson<ApiError>("POST", servicesPath(), body);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("already exists");
  });

  it("answers 404 for an unknown cluster or service", async () => {
    const nowhere = `/api/ecs/clusters/${testName("nowhere")}/services`;
    expect((await apiJson("GET", nowhere)).status).toBe(404);
    expect((await apiJson("GET", `${nowhere}/web`)).status).toBe(404);
    const post = await apiJson<ApiError>("POST", nowhere, {
      name: testName("svc"),
      taskDefinition: family,
      desiredCount: 0,
      subnets: world.subnetIds,
    });
    expect(post.status).toBe(404);
    expect(post.body.error.message).toMatch(/^ClusterNotFoundException/);
    const missing = servicePath(testName("missing"));
    const get = await apiJson<ApiError>("GET", missing);
    expect(get.status).toBe(404);
    expect(get.body.error.message).toMatch(/^ServiceNotFoundException/);
    expect((await apiJson("PATCH", missing, { desiredCount: 1 })).status).toBe(404);
    expect((await apiJson("DELETE", missing)).status).toBe(404);
  });
});
