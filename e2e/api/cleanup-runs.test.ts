import { BatchDeleteImageCommand, DescribeImagesCommand } from "@aws-sdk/client-ecr";
import {
  CreateServiceCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
} from "@aws-sdk/client-ecs";
import { afterEach, describe, expect, it } from "vitest";
import { type Flow, itemOf, planCleanup, startCleanup } from "../support/cleanup";
import { docker, testLabels, testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { apiJson, readSse } from "../support/http";
import { moto } from "../support/moto";
import { type DeployedApp, deployApp, driveRun } from "../support/moto/deployed-app";
import { putTestImage } from "../support/moto/ecr";
import { createTestCluster, createTestService, removeTestCluster } from "../support/moto/ecs";
import { awsLeftovers, localLeftovers } from "../support/moto/leftovers";
import {
  deregisterTaskDefinitions,
  registerServiceTaskDefinition,
} from "../support/moto/service-fixtures";

// Cleanup runs against moto and the real engine: each test deploys its own app
// (through Slipway's API and the scheduler harness), plans, runs, and then asks moto
// and the engine directly what is left.

let deployed: DeployedApp | undefined;
const localNames: string[] = [];

afterEach(async () => {
  await deployed?.remove();
  deployed = undefined;
  for (const name of localNames.splice(0)) {
    await docker
      .getContainer(name)
      .remove({ force: true })
      .catch(() => undefined);
    await docker
      .getImage(name)
      .remove()
      .catch(() => undefined);
  }
});

/** A local copy of the app's image and a container labelled for the app. */
async function localCopies(app: DeployedApp) {
  const tag = `${app.repositoryUri}:v1`;
  await docker.getImage(BASE_IMAGE).tag({ repo: app.repositoryUri, tag: "v1" });
  localNames.push(tag);
  const name = testName("ctr");
  localNames.push(name);
  const container = await docker.createContainer({
    name,
    Image: BASE_IMAGE,
    Cmd: ["sleep", "300"],
    Labels: { ...testLabels, "slipway.app": app.app },
  });
  await container.start();
  return { tag, name };
}

const stepState = (run: Flow) => Object.fromEntries(run.steps.map((s) => [s.id, s.state]));

describe("cleaning up a deployed app", () => {
  it("removes the tutorial's leftovers completely, in AWS and locally", async () => {
    deployed = await deployApp(2, 91);
    const copies = await localCopies(deployed);
    const plan = await planCleanup({ app: deployed.app, keepRevisions: 0, local: true });
    expect(plan.items.every((i) => i.action === "remove")).toBe(true);
    expect(plan.items.map((i) => i.kind)).toEqual([
      "service",
      "task",
      "revision",
      "revision",
      "ecr-image",
      "ecr-image",
      "repository",
      "log-group",
      "security-group",
      "cluster",
      "local-container",
      "local-image",
    ]);
    expect(itemOf(plan, "local-image").reason).toContain(`untagged ${copies.tag}`);

    const runId = await startCleanup(plan);
    const run = await driveRun<Flow>(runId, deployed.cluster, deployed.service);
    expect(run.failure).toBeNull();
    expect(run.state).toBe("succeeded");
    expect(run.steps.map((s) => s.id)).toEqual([
      "scale-services",
      "delete-services",
      "await-services",
      "revisions",
      "ecr-images",
      "repositories",
      "log-groups",
      "security-groups",
      "clusters",
      "local-containers",
      "local-images",
    ]);
    expect(await awsLeftovers(deployed)).toEqual([]);
    expect(await localLeftovers(deployed)).toEqual([]);
    // A plan runs once: after it succeeded, running it again names that run.
    const again = await apiJson<{ error: { message: string } }>("POST", "/api/cleanup/runs", {
      planId: plan.id,
      itemIds: [plan.items[0]?.id],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain(`Run ${runId} of plan ${plan.id} already succeeded`);
    // Only the app's tag went: the base image stays.
    expect((await docker.getImage(BASE_IMAGE).inspect()).Id).toMatch(/^sha256:/);
  });

  it("keeps the last revision, its image, the repository and the log group", async () => {
    deployed = await deployApp(3, 92);
    const plan = await planCleanup({ app: deployed.app, keepRevisions: 1 });
    const [first, second, third] = deployed.revisions;
    expect(itemOf(plan, "revision", third).reason).toContain("last 1 revision");
    expect(itemOf(plan, "repository").action).toBe("keep");

    const run = await driveRun<Flow>(await startCleanup(plan), deployed.cluster, deployed.service);
    expect(run.state).toBe("succeeded");
    const active = await moto.ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: deployed.family, status: "ACTIVE" }),
    );
    expect(active.taskDefinitionArns?.map((a) => a.split("/").pop())).toEqual([third]);
    const left = await awsLeftovers(deployed);
    expect(left.some((l) => l.includes(`${first}`) || l.includes(`${second} `))).toBe(false);
    expect(left.filter((l) => !l.includes("task-definition"))).toEqual([
      `repository ${deployed.repository}`,
      `log group ${deployed.logGroup}`,
    ]);
    const images = await moto.ecr.send(
      new DescribeImagesCommand({ repositoryName: deployed.repository }),
    );
    expect(images.imageDetails?.map((i) => i.imageDigest)).toEqual([deployed.digests[2]]);
  });

  it("stops at an image pushed behind Slipway's back, and a retry finishes the job", async () => {
    deployed = await deployApp(1, 93);
    const plan = await planCleanup({ app: deployed.app, keepRevisions: 0 });
    const hotfix = await putTestImage(deployed.repository, "hotfix", `${deployed.repository}-x`);

    const runId = await startCleanup(plan);
    const failed = await driveRun<Flow>(runId, deployed.cluster, deployed.service);
    expect(failed.state).toBe("failed");
    expect(failed.failure).toMatchObject({ code: "conflict", step: "repositories" });
    expect(failed.failure?.message).toContain("RepositoryNotEmptyException");
    expect(failed.failure?.message).toContain(`${deployed.repository}:hotfix`);
    expect(stepState(failed)).toMatchObject({
      "ecr-images": "succeeded",
      repositories: "failed",
      "log-groups": "pending",
      clusters: "pending",
    });
    const events = await readSse(`/api/cleanup/runs/${runId}/events`, (all) =>
      all.some((e) => e.event === "failure" || e.event === "end"),
    );
    expect(events.at(-1)).toMatchObject({ event: "failure", data: { step: "repositories" } });

    // The user deletes the stray image, then retries: done steps are not run again.
    await moto.ecr.send(
      new BatchDeleteImageCommand({
        repositoryName: deployed.repository,
        imageIds: [{ imageDigest: hotfix }],
      }),
    );
    const retried = await apiJson<Flow>("POST", `/api/cleanup/runs/${runId}/retry`);
    expect(retried.status).toBe(200);
    const done = await driveRun<Flow>(runId, deployed.cluster, deployed.service);
    expect(done.state).toBe("succeeded");
    expect(done.attempts).toBe(2);
    const before = failed.steps.find((s) => s.id === "delete-services");
    expect(done.steps.find((s) => s.id === "delete-services")?.startedAt).toBe(before?.startedAt);
    expect(await awsLeftovers(deployed)).toEqual([]);
  });
});

describe("what changed after the plan was made", () => {
  const cluster = testName("cluster");
  const family = testName("family");

  afterEach(async () => {
    await removeTestCluster(cluster, `${family}:1`);
  });

  it("runs a plan once at a time, and keeps an image another service started using", async () => {
    deployed = await deployApp(2, 97);
    const plan = await planCleanup({ app: deployed.app, keepRevisions: 0 });
    expect(itemOf(plan, "ecr-image", `${deployed.repository}:v2`).action).toBe("remove");
    // After the plan: another service starts using repo:v2, by its tag.
    await createTestCluster(cluster);
    await moto.ecs.send(
      new RegisterTaskDefinitionCommand({
        family,
        containerDefinitions: [{ name: "web", image: `${deployed.repositoryUri}:v2`, memory: 64 }],
      }),
    );
    await createTestService(cluster, "other", `${family}:1`);

    const body = { planId: plan.id, itemIds: plan.items.map((i) => i.id) };
    const answers = await Promise.all(
      [1, 2, 3].map(() => apiJson<{ id: string }>("POST", "/api/cleanup/runs", body)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const runId = answers.find((a) => a.status === 201)?.body.id ?? "";
    expect(JSON.stringify(answers.filter((a) => a.status === 409))).toContain(
      `Run ${runId} of plan ${plan.id} is running`,
    );

    const run = await driveRun<Flow>(runId, deployed.cluster, deployed.service);
    expect(run.state).toBe("failed");
    expect(run.failure).toMatchObject({ code: "conflict", step: "ecr-images" });
    expect(run.failure?.message).toContain(
      `${deployed.repository}:v2 is now used by service other in cluster ${cluster}`,
    );
    const images = await moto.ecr.send(
      new DescribeImagesCommand({ repositoryName: deployed.repository }),
    );
    expect(images.imageDetails).toHaveLength(2);
  });

  it("stops, naming it, at a tag pushed onto a planned image", async () => {
    deployed = await deployApp(1, 98);
    const plan = await planCleanup({ app: deployed.app, keepRevisions: 0 });
    // The same manifest again: the same digest, with one more tag.
    const same = await putTestImage(deployed.repository, "hotfix", `${deployed.repository}-v1`);
    expect(same).toBe(deployed.digests[0]);

    const run = await driveRun<Flow>(await startCleanup(plan), deployed.cluster, deployed.service);
    expect(run.failure).toMatchObject({ code: "conflict", step: "ecr-images" });
    expect(run.failure?.message).toContain("now also carries the tag hotfix");
    const images = await moto.ecr.send(
      new DescribeImagesCommand({ repositoryName: deployed.repository }),
    );
    expect(images.imageDetails?.[0]?.imageTags?.sort()).toEqual(["hotfix", "v1"]);
  });
});

describe("a cluster with a DAEMON and a replica service", () => {
  const cluster = testName("cluster");
  const family = testName("family");

  afterEach(async () => {
    await removeTestCluster(cluster);
    await deregisterTaskDefinitions([`${family}:1`]);
  });

  it("scales only the replica service, deletes both with force, then the cluster", async () => {
    await createTestCluster(cluster);
    await registerServiceTaskDefinition(family, "bridge");
    for (const [name, schedulingStrategy] of [
      ["agent", "DAEMON"],
      ["web", "REPLICA"],
    ] as const) {
      await moto.ecs.send(
        new CreateServiceCommand({
          cluster,
          serviceName: name,
          taskDefinition: `${family}:1`,
          launchType: "EC2",
          schedulingStrategy,
          ...(schedulingStrategy === "REPLICA" ? { desiredCount: 2 } : {}),
        }),
      );
    }
    const plan = await planCleanup({ cluster, keepRevisions: 0 });
    expect(itemOf(plan, "service", "agent").reason).toContain("a DAEMON service: never scaled");
    expect(itemOf(plan, "service", "web").reason).toContain("scaled from 2 to 0");

    const run = await driveRun<Flow>(await startCleanup(plan), cluster, "web");
    expect(run.state).toBe("succeeded");
    const scale = run.steps.find((s) => s.id === "scale-services");
    expect(scale?.output).toEqual([
      "service agent: a DAEMON service, not scaled (deleted with force next)",
      "service web: scaled from 2 to 0",
    ]);
    const after = await moto.ecs.send(
      new DescribeServicesCommand({ cluster, services: ["agent", "web"] }),
    );
    expect(after.services?.map((s) => s.status)).toEqual(["INACTIVE", "INACTIVE"]);
    const clusters = await moto.ecs.send(new DescribeClustersCommand({ clusters: [cluster] }));
    expect(clusters.clusters?.[0]?.status).toBe("INACTIVE");
  });
});
