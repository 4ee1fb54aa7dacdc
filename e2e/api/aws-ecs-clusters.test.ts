import { afterAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import { apiJson } from "../support/http";
import {
  createTestService,
  registerTestTaskDefinition,
  removeTestCluster,
} from "../support/moto/ecs";

interface Cluster {
  name: string;
  arn: string;
  status: string;
  activeServices: number;
  runningTasks: number;
  pendingTasks: number;
  capacityProviders: string[];
  tags: Record<string, string>;
}
interface ApiError {
  error: { code: string; message: string; details?: { services?: Array<{ name: string }> } };
}

const made: Array<{ cluster: string; taskDefinition?: string }> = [];
const seg = encodeURIComponent;

afterAll(async () => {
  for (const m of made) await removeTestCluster(m.cluster, m.taskDefinition);
});

async function createCluster(body: Record<string, unknown> = {}) {
  const name = testName("cluster");
  made.push({ cluster: name });
  const res = await apiJson<Cluster>("POST", "/api/ecs/clusters", { name, ...body });
  expect(res.status).toBe(201);
  return res.body;
}

describe("ECS clusters", () => {
  it("creates a Fargate cluster tagged for its app and lists it with counts", async () => {
    const created = await createCluster({ app: "slipway-test-shop" });
    expect(created.capacityProviders).toEqual(["FARGATE", "FARGATE_SPOT"]);

    const { status, body } = await apiJson<Cluster[]>("GET", "/api/ecs/clusters");
    expect(status).toBe(200);
    const listed = body.find((c) => c.name === created.name);
    expect(listed).toMatchObject({
      status: "ACTIVE",
      activeServices: 0,
      runningTasks: 0,
      pendingTasks: 0,
    });
    expect(listed?.tags).toEqual({
      "slipway:app": "slipway-test-shop",
      "slipway:created-by": "slipway",
    });
  });

  it("tags with the cluster's own name when no app is given", async () => {
    const created = await createCluster();
    const { body } = await apiJson<Cluster>("GET", `/api/ecs/clusters/${seg(created.name)}`);
    expect(body.tags["slipway:app"]).toBe(created.name);
  });

  it("finds a cluster by its ARN, URL-encoded", async () => {
    const created = await createCluster();
    const { status, body } = await apiJson<Cluster>("GET", `/api/ecs/clusters/${seg(created.arn)}`);
    expect(status).toBe(200);
    expect(body.name).toBe(created.name);
  });

  it("answers 409 for a second cluster of the same name", async () => {
    const created = await createCluster();
    const again = await apiJson<ApiError>("POST", "/api/ecs/clusters", { name: created.name });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(created.name);
  });

  it("refuses a cluster name with other characters, naming the field", async () => {
    const { status, body } = await apiJson<ApiError>("POST", "/api/ecs/clusters", {
      name: "slipway test!",
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain("name: cluster name holds letters");
  });

  it("refuses to delete a cluster with services, naming them and the way out", async () => {
    const created = await createCluster();
    const family = testName("family");
    const taskDefinition = await registerTestTaskDefinition(family);
    made[made.length - 1] = { cluster: created.name, taskDefinition };
    const service = testName("svc");
    await createTestService(created.name, service, taskDefinition);

    const refused = await apiJson<ApiError>("DELETE", `/api/ecs/clusters/${seg(created.name)}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(service);
    expect(refused.body.error.message).toContain("Delete or scale down the services first");
    expect(refused.body.error.details?.services?.map((s) => s.name)).toEqual([service]);

    const { body: still } = await apiJson<Cluster>("GET", `/api/ecs/clusters/${seg(created.name)}`);
    expect(still.status).toBe("ACTIVE");
  });

  it("deletes an empty cluster, which then leaves the list", async () => {
    const created = await createCluster();
    const path = `/api/ecs/clusters/${seg(created.name)}`;
    expect((await apiJson("DELETE", path)).status).toBe(200);

    const { body } = await apiJson<Cluster[]>("GET", "/api/ecs/clusters");
    expect(body.some((c) => c.name === created.name)).toBe(false);
    const missing = await apiJson<ApiError>("GET", path);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/^ClusterNotFoundException/);
  });

  it("answers 404 when deleting a cluster that never existed", async () => {
    const res = await apiJson<ApiError>("DELETE", `/api/ecs/clusters/${testName("nobody")}`);
    expect(res.status).toBe(404);
  });
});
