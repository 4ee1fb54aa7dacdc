import path from "node:path";
import {
  DescribeLogGroupsCommand,
  ListTagsForResourceCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import {
  DescribeRepositoriesCommand,
  ListTagsForResourceCommand as EcrTags,
} from "@aws-sdk/client-ecr";
import {
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
} from "@aws-sdk/client-ecs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import { type FirstDeploy, firstDeployGroup, removeFirstDeploy } from "../support/first-deploy";
import { moto } from "../support/moto";
import { waitForEcrImage } from "../support/moto/ecr";
import { createTestRole, removeTestRole } from "../support/moto/iam";
import { followShip, playWhenCreated, postShip, stepStates } from "../support/ship";

// The tutorial's steps 3 to 5 as one first deploy from a folder: build the fixture
// app, create the repository and push, register a Fargate task definition pinned by
// digest, create the cluster, a security group open on the port and a service with a
// public IP in the default VPC, and roll out while the harness plays the scheduler.

const FIXTURE = path.resolve(__dirname, "../fixtures/tutorial-app");
const roleName = testName("role");
let roleArn = "";
const deploy: FirstDeploy = {
  cluster: testName("cluster"),
  service: testName("web"),
  repository: testName("tutorial"),
  repositoryUri: "",
  tags: ["v1"],
  digests: [],
  revisions: 1,
};

beforeAll(async () => {
  roleArn = await createTestRole(roleName);
});

afterAll(async () => {
  await removeFirstDeploy(deploy);
  await removeTestRole(roleName);
});

describe("a first deploy from a folder", () => {
  it("creates the repository, cluster, task definition and service, and rolls out", async () => {
    const { cluster, service, repository } = deploy;
    const started = await postShip({
      source: { folder: FIXTURE },
      repository,
      tag: "v1",
      cluster,
      service,
      app: "tutorial",
      create: { containerPort: 8000, memoryReservation: 128, executionRoleArn: roleArn },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const played = playWhenCreated(cluster, service);
    const { flow, closing } = await followShip(started.body.id, 150_000);
    const play = await played;

    expect(closing, JSON.stringify(flow.failure)).toEqual({
      event: "end",
      data: { state: "succeeded" },
    });
    expect(Object.values(stepStates(flow))).toEqual(Array(5).fill("succeeded"));
    expect(flow.steps[0]?.output.join("\n")).toContain("EXPOSE 8000");
    expect(flow.steps[1]?.title).toBe("Create the repository and push");

    const repo = await moto.ecr.send(
      new DescribeRepositoriesCommand({ repositoryNames: [repository] }),
    );
    deploy.repositoryUri = repo.repositories?.[0]?.repositoryUri ?? "";
    const digest = await waitForEcrImage(repository, "v1");
    deploy.digests.push(digest);
    const repoTags = await moto.ecr.send(
      new EcrTags({ resourceArn: repo.repositories?.[0]?.repositoryArn }),
    );
    expect(repoTags.tags).toContainEqual({ Key: "slipway:app", Value: "tutorial" });

    const [taskArn] = play.started;
    const ip = play.publicIps[taskArn ?? ""];
    expect(ip).toBeTruthy();
    expect(flow.result).toMatchObject({
      digest,
      taskDefinition: `${service}:1`,
      publicUrl: `http://${ip}:8000`,
    });

    const revision = await moto.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: `${service}:1` }),
    );
    const definition = revision.taskDefinition;
    expect(definition).toMatchObject({
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "256",
      memory: "512",
      executionRoleArn: roleArn,
    });
    expect(definition?.containerDefinitions?.[0]).toMatchObject({
      name: service,
      image: `${deploy.repositoryUri}@${digest}`,
      portMappings: [{ containerPort: 8000, hostPort: 8000, protocol: "tcp" }],
      logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": `/ecs/${service}` } },
    });
    const logGroups = await moto.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: `/ecs/${service}` }),
    );
    const logGroupArn = logGroups.logGroups?.[0]?.arn?.replace(/:\*$/, "");
    const logTags = await moto.logs.send(
      new ListTagsForResourceCommand({ resourceArn: logGroupArn }),
    );
    expect(logTags.tags).toMatchObject({ "slipway:app": "tutorial" });

    const clusters = await moto.ecs.send(
      new DescribeClustersCommand({ clusters: [cluster], include: ["TAGS"] }),
    );
    expect(clusters.clusters?.[0]?.tags).toContainEqual({ key: "slipway:app", value: "tutorial" });

    const group = await firstDeployGroup(deploy);
    expect(group?.IpPermissions).toEqual([
      expect.objectContaining({ IpProtocol: "tcp", FromPort: 8000, ToPort: 8000 }),
    ]);
    const described = await moto.ecs.send(
      new DescribeServicesCommand({ cluster, services: [service], include: ["TAGS"] }),
    );
    const created = described.services?.[0];
    expect(created?.launchType).toBe("FARGATE");
    expect(created?.networkConfiguration?.awsvpcConfiguration).toMatchObject({
      assignPublicIp: "ENABLED",
      securityGroups: [group?.GroupId],
    });
    expect(created?.tags).toContainEqual({ key: "slipway:app", value: "tutorial" });
  });
});
