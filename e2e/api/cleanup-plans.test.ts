import { DescribeImagesCommand } from "@aws-sdk/client-ecr";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KeptByChoice } from "@/lib/cleanup/types";
import { type CleanupPlan, type Flow, itemOf, planCleanup, startCleanup } from "../support/cleanup";
import { testName } from "../support/docker";
import { apiJson } from "../support/http";
import { moto } from "../support/moto";
import {
  type DeployedApp,
  deployApp,
  driveRun,
  taskDefinition,
} from "../support/moto/deployed-app";
import { removeTestCluster } from "../support/moto/ecs";
import { playScheduler, stopAllTasks } from "../support/moto/scheduler";
import { deregisterTaskDefinitions } from "../support/moto/service-fixtures";

// Plans against moto: what a target reaches, what stays and why; the checks a run
// makes before it starts. One deployed app serves these tests; another app's service
// shares one of its image digests.

let deployed: DeployedApp;
const other = {
  cluster: testName("cluster"),
  service: testName("svc"),
  family: testName("family"),
};
let otherRevision = "";

beforeAll(async () => {
  deployed = await deployApp(2, 94);
  await apiJson("POST", "/api/ecs/clusters", { name: other.cluster, app: testName("other") });
  const pinned = `${deployed.repositoryUri}@${deployed.digests[0]}`;
  const registered = await apiJson<{ taskDefinition: { ref: string } }>(
    "POST",
    "/api/ecs/task-definitions",
    { definition: taskDefinition(other.family, pinned, deployed.logGroup) },
  );
  otherRevision = registered.body.taskDefinition.ref;
  await apiJson("POST", `/api/ecs/clusters/${other.cluster}/services`, {
    name: other.service,
    taskDefinition: otherRevision,
    desiredCount: 1,
    subnets: deployed.vpc.subnetIds,
    securityGroups: [deployed.securityGroupId],
  });
  await playScheduler(other.cluster, other.service);
});

afterAll(async () => {
  await stopAllTasks(other.cluster);
  await removeTestCluster(other.cluster);
  await deregisterTaskDefinitions([otherRevision]);
  await deployed?.remove();
});

describe("what a plan keeps", () => {
  let plan: CleanupPlan;
  beforeAll(async () => {
    plan = await planCleanup({ app: deployed.app, keepRevisions: 0 });
  });

  it("keeps the image digest another app's service pins, and so the repository", () => {
    const [first, second] = deployed.digests;
    const shared = plan.items.find((i) => i.kind === "ecr-image" && i.locator.digest === first);
    expect(shared).toMatchObject({
      action: "keep",
      reason: `used by service ${other.service} in cluster ${other.cluster} (${otherRevision})`,
    });
    const own = plan.items.find((i) => i.kind === "ecr-image" && i.locator.digest === second);
    expect(own?.action).toBe("remove");
    expect(itemOf(plan, "repository").reason).toContain("which stays");
  });

  it("keeps what the other service still writes to and uses", () => {
    expect(itemOf(plan, "log-group").reason).toBe(
      `written by service ${other.service} in ${other.cluster}`,
    );
    expect(itemOf(plan, "security-group").reason).toContain(`used by service ${other.service}`);
    expect(itemOf(plan, "cluster").action).toBe("remove");
  });

  it("is kept for reading by its id", async () => {
    const again = await apiJson<CleanupPlan>("GET", `/api/cleanup/plans/${plan.id}`);
    expect(again.status).toBe(200);
    expect(again.body.items).toEqual(plan.items);
    const unknown = await apiJson("GET", "/api/cleanup/plans/4c0e4a52-1b7b-4a86-9a4e-5b6f3c2d1e0f");
    expect(unknown.status).toBe(404);
  });

  it("refuses a run naming an item it does not have, or one it keeps", async () => {
    const kept = plan.items.find((i) => i.action === "keep");
    const stranger = await apiJson<{ error: { message: string } }>("POST", "/api/cleanup/runs", {
      planId: plan.id,
      itemIds: ["cluster:nobody"],
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error.message).toContain("cluster:nobody");
    const keep = await apiJson<{ error: { message: string } }>("POST", "/api/cleanup/runs", {
      planId: plan.id,
      itemIds: [kept?.id],
    });
    expect(keep.status).toBe(400);
    expect(keep.body.error.message).toContain(`the plan keeps ${kept?.id}`);
  });
});

describe("app names", () => {
  it.each([
    ["   ", "app must not be only spaces"],
    [" shop", "app must not start or end with a space"],
  ])("refuses %j with 400: %s", async (app, message) => {
    const answer = await apiJson<{ error: { message: string } }>("POST", "/api/cleanup/plans", {
      app,
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain(message);
  });

  it("are refused with spaces around them when a resource is created", async () => {
    const answer = await apiJson<{ error: { message: string } }>("POST", "/api/ecs/clusters", {
      name: testName("cluster"),
      app: "shop ",
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("app must not start or end with a space");
  });
});

describe("a run that would remove nothing", () => {
  it("is refused, saying what keeps the ticked items", async () => {
    const plan = await planCleanup({ app: deployed.app, keepRevisions: 0 });
    const answer = await apiJson<{ error: { message: string } }>("POST", "/api/cleanup/runs", {
      planId: plan.id,
      itemIds: [itemOf(plan, "cluster").id],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("nothing would be removed");
    expect(answer.body.error.message).toContain(`cluster ${deployed.cluster} stays because`);
  });
});

describe("a service target", () => {
  it("reaches the service, its task, revisions, images and log group, not the cluster", async () => {
    const plan = await planCleanup({
      service: { cluster: deployed.cluster, service: deployed.service },
      keepRevisions: 1,
    });
    expect(plan.app).toBe(deployed.app);
    expect([...new Set(plan.items.map((i) => i.kind))]).toEqual([
      "service",
      "task",
      "revision",
      "ecr-image",
      "log-group",
      "security-group",
    ]);
    expect(itemOf(plan, "service").reason).toContain("the service you chose");
  });

  it("answers 404 for a service that does not exist, 400 for no target", async () => {
    const missing = await apiJson("POST", "/api/cleanup/plans", {
      service: { cluster: deployed.cluster, service: "nope" },
    });
    expect(missing.status).toBe(404);
    const none = await apiJson<{ error: { message: string } }>("POST", "/api/cleanup/plans", {});
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain("choose exactly one target");
  });
});

describe("unticking", () => {
  it("keeps what depends on an unticked service, and runs the rest", async () => {
    const plan = await planCleanup({ app: deployed.app, keepRevisions: 0 });
    const [old, current] = deployed.revisions;
    const ticked = plan.items
      .filter((i) => i.action === "remove" && i.kind !== "service")
      .map((i) => i.id);
    const runId = await startCleanup(plan, ticked);
    const run = await driveRun<Flow>(runId, deployed.cluster, deployed.service);
    expect(run.state).toBe("succeeded");
    const kept = (run.result.keptByChoice as KeptByChoice[]).map((k) => k.name);
    expect(kept).toEqual(
      expect.arrayContaining([current, `${deployed.repository}:v2`, deployed.cluster]),
    );
    expect(kept).not.toContain(old);
    // The old revision's image is the one the other app pins: only the revision goes.
    expect(run.steps.map((s) => s.id)).toEqual(["revisions"]);
    const images = await moto.ecr.send(
      new DescribeImagesCommand({ repositoryName: deployed.repository }),
    );
    expect(images.imageDetails).toHaveLength(2);
  });
});
