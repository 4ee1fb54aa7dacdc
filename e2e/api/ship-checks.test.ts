import { CreateRepositoryCommand, DescribeRepositoriesCommand } from "@aws-sdk/client-ecr";
import { DescribeClustersCommand, RegisterTaskDefinitionCommand } from "@aws-sdk/client-ecs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanUpBuilds, contextFolder } from "../support/build";
import { testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { apiJson } from "../support/http";
import { moto } from "../support/moto";
import { removeTestRepository } from "../support/moto/ecr";
import { createTestCluster, createTestService, removeTestCluster } from "../support/moto/ecs";
import {
  deregisterTaskDefinitions,
  registerServiceTaskDefinition,
} from "../support/moto/service-fixtures";
import { type ApiError, postShip } from "../support/ship";

// Everything a ship needs is checked before its flow starts: a refusal names the
// problem, and nothing is left behind (no flow, no repository, no cluster).

const repository = testName("repo");
const cluster = testName("cluster");
const service = testName("svc");
const family = testName("family");
const ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
let taskDefinition = "";
const moreDefinitions: string[] = [];
let repositoryUri = "";

beforeAll(async () => {
  const created = await moto.ecr.send(new CreateRepositoryCommand({ repositoryName: repository }));
  repositoryUri = created.repository?.repositoryUri ?? "";
  await createTestCluster(cluster);
  taskDefinition = await registerServiceTaskDefinition(family);
  await createTestService(cluster, service, taskDefinition);
});

afterAll(async () => {
  await removeTestCluster(cluster, taskDefinition);
  await deregisterTaskDefinitions(moreDefinitions);
  await removeTestRepository(repository);
  await cleanUpBuilds();
});

const ship = (change: Record<string, unknown> = {}) =>
  postShip({
    source: { image: BASE_IMAGE },
    repository,
    tag: "v1",
    cluster,
    service,
    ...change,
  });

async function refused(change: Record<string, unknown>, status: number, text: string) {
  const answer = await ship(change);
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect((answer.body as ApiError).error.message).toContain(text);
  return (answer.body as ApiError).error;
}

describe("a ship refused before it starts", () => {
  it("names a missing field and an unknown one", async () => {
    const missing = await apiJson<ApiError>("POST", "/api/ship", { source: { image: "x" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("repository");
    await refused({ registry: "elsewhere" }, 400, "registry");
    await refused({ tag: "" }, 400, "tag is required");
    await refused({ repository: "" }, 400, "repository is required");
  });

  it("says a folder does not exist, or has no Dockerfile", async () => {
    await refused({ source: { folder: "/no/such/slipway/folder" } }, 404, "does not exist");
    const empty = await contextFolder({ "README.md": "no Dockerfile here" });
    await refused({ source: { folder: empty } }, 404, "There is no Dockerfile");
    await refused({ source: { folder: "relative/app" } }, 400, "absolute path");
  });

  it("says the local image does not exist", async () => {
    const image = `${testName("nothing")}:v9`;
    await refused({ source: { image } }, 404, `there is no local image ${image}`);
  });

  it("says the repository does not exist unless a first deploy may create it", async () => {
    const other = testName("norepo");
    await refused({ repository: other }, 404, `there is no ECR repository ${other}`);
    const found = await moto.ecr
      .send(new DescribeRepositoriesCommand({ repositoryNames: [other] }))
      .catch((error: Error) => error.name);
    expect(found).toBe("RepositoryNotFoundException");
  });

  it("says the cluster or the service does not exist", async () => {
    const nowhere = testName("nocluster");
    const missing = await refused(
      { cluster: nowhere },
      404,
      `cluster: there is no cluster ${nowhere} in `,
    );
    expect(missing.message).toContain("(ship as a first deploy to create it)");
    await refused({ service: testName("nosvc") }, 404, "Ship as a first deploy (create)");
  });

  it("refuses a first deploy to a service that exists", async () => {
    const create = { containerPort: 8000, executionRoleArn: ROLE };
    await refused({ create }, 409, `${service} already exists in ${cluster}`);
  });

  it("refuses a first deploy whose Fargate size does not exist, creating nothing", async () => {
    const newCluster = testName("newcluster");
    const create = { containerPort: 8000, executionRoleArn: ROLE, cpu: 256, memory: 4096 };
    await refused(
      { cluster: newCluster, service: testName("new"), repository: testName("newrepo"), create },
      400,
      "create.memory: memory 4096 MiB does not go with 256 CPU units",
    );
    const clusters = await moto.ecs.send(new DescribeClustersCommand({ clusters: [newCluster] }));
    expect(clusters.clusters ?? []).toEqual([]);
  });

  it("names the containers when it cannot tell which one is the app", async () => {
    const twoFamily = testName("two");
    const registered = await moto.ecs.send(
      new RegisterTaskDefinitionCommand({
        family: twoFamily,
        containerDefinitions: [
          { name: "web", image: "slipway-test/busybox:latest", memory: 64 },
          { name: "worker", image: "slipway-test/busybox:latest", memory: 64 },
        ],
      }),
    );
    const two = `${twoFamily}:${registered.taskDefinition?.revision}`;
    moreDefinitions.push(two);
    const twoService = testName("twosvc");
    await createTestService(cluster, twoService, two);
    const error = await refused({ service: twoService }, 400, "cannot tell which one is the app");
    expect(error.message).toContain(`none of its containers runs an image of ${repositoryUri}`);
    expect(error.message).toContain("web (slipway-test/busybox:latest), worker");
    await refused({ service: twoService, container: "api" }, 400, "no container api");
  });

  it("leaves no flow in the service's history", async () => {
    const history = await apiJson<unknown[]>(
      "GET",
      `/api/ship?cluster=${cluster}&service=${service}`,
    );
    expect(history.status).toBe(200);
    expect(history.body).toEqual([]);
  });

  it("answers an unknown ship with 404 and a malformed id with 400", async () => {
    const unknown = await apiJson<ApiError>(
      "GET",
      "/api/ship/00000000-0000-4000-8000-000000000000",
    );
    expect(unknown.status).toBe(404);
    const malformed = await apiJson<ApiError>("GET", "/api/ship/not-an-id");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toContain("id must be a flow id");
  });
});
