import { DescribeSecurityGroupsCommand } from "@aws-sdk/client-ec2";
import { RunTaskCommand, StopTaskCommand } from "@aws-sdk/client-ecs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import type {
  EcsLogsAnswer as Answer,
  EcsLogLine as Line,
  EcsLogSource as Source,
} from "../support/ecs-logs";
import { api, apiJson, eventually } from "../support/http";
import { moto, quietly } from "../support/moto";
import { createTestVpc, type TestVpc } from "../support/moto/ec2";
import { createTestCluster, createTestService, removeTestCluster } from "../support/moto/ecs";
import { removeLogGroup, writeAwslogsEvents } from "../support/moto/logs";
import { openSse } from "../support/sse";

const seg = encodeURIComponent;
const cluster = testName("logs-cluster");
const service = testName("logs-svc");
const family = testName("logs-td");
const sidecarFamily = testName("logs-sidecar-td");
const group = `/ecs/${family}`;
const EXEC_ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole";
let vpc: TestVpc;
let securityGroup = "";
const tasks: string[] = [];
/** Every task the test started, to stop when it is over. */
const started: string[] = [];
let sidecarTask = "";

const servicePath = () => `/api/ecs/clusters/${cluster}/services/${service}/logs`;
const taskPath = (task: string) => `/api/ecs/clusters/${cluster}/tasks/${seg(task)}/logs`;
const target = (task: string) => ({ group, prefix: "ecs", container: "web", task });
const texts = (answer: Answer) => answer.lines.map((l) => l.text);

/** RunTask as ECS's scheduler would for `serviceName` (or a task of its own). */
async function runTask(taskDefinition: string, serviceName: string | null): Promise<string> {
  const answer = await moto.ecs.send(
    new RunTaskCommand({
      cluster,
      taskDefinition,
      launchType: "FARGATE",
      ...(serviceName && { group: `service:${serviceName}`, startedBy: serviceName }),
      networkConfiguration: {
        // moto's RunTask fails without securityGroups (AWS would take the VPC's default).
        awsvpcConfiguration: {
          subnets: vpc.subnetIds,
          securityGroups: [securityGroup],
          assignPublicIp: "ENABLED",
        },
      },
    }),
  );
  const arn = answer.tasks?.[0]?.taskArn;
  if (!arn) throw new Error(`RunTask started nothing: ${JSON.stringify(answer.failures)}`);
  started.push(arn);
  return arn;
}

beforeAll(async () => {
  vpc = await createTestVpc(testName("logs-vpc"), 81);
  const groups = await moto.ec2.send(
    new DescribeSecurityGroupsCommand({
      Filters: [
        { Name: "vpc-id", Values: [vpc.vpcId] },
        { Name: "group-name", Values: ["default"] },
      ],
    }),
  );
  securityGroup = groups.SecurityGroups?.[0]?.GroupId ?? "";
  await createTestCluster(cluster);
  // Through Slipway's own API, as the tutorial does: awslogs to /ecs/<family>.
  const registered = await apiJson<{ taskDefinition: { ref: string } }>(
    "POST",
    "/api/ecs/task-definitions",
    {
      form: {
        family,
        containerName: "web",
        image: "slipway-test/busybox:latest",
        cpu: 256,
        memory: 512,
        // moto's RunTask fails (HTTP 500) on containers without a memory limit of their own.
        memoryReservation: 128,
        executionRoleArn: EXEC_ROLE,
        logging: { streamPrefix: "ecs" },
      },
    },
  );
  expect(registered.status).toBe(201);
  const ref = registered.body.taskDefinition.ref;
  await createTestService(cluster, service, ref);
  // moto's services start no tasks: the test plays ECS's scheduler.
  tasks.push(await runTask(ref, service), await runTask(ref, service));

  const sidecar = await apiJson<{ taskDefinition: { ref: string } }>(
    "POST",
    "/api/ecs/task-definitions",
    {
      family: sidecarFamily,
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "256",
      memory: "512",
      executionRoleArn: EXEC_ROLE,
      containerDefinitions: [
        {
          name: "web",
          image: "slipway-test/busybox:latest",
          memoryReservation: 128,
          logConfiguration: {
            logDriver: "awslogs",
            options: { "awslogs-group": group, "awslogs-stream-prefix": "ecs" },
          },
        },
        {
          name: "router",
          image: "fluent-bit",
          memoryReservation: 64,
          logConfiguration: { logDriver: "awsfirelens", options: { Name: "cloudwatch" } },
        },
        {
          name: "quiet",
          image: "busybox",
          memoryReservation: 64,
          logConfiguration: { logDriver: "none" },
        },
      ],
    },
  );
  expect(sidecar.status).toBe(201);
  sidecarTask = await runTask(sidecar.body.taskDefinition.ref, null);
});

afterAll(async () => {
  for (const task of started) {
    await quietly(() => moto.ecs.send(new StopTaskCommand({ cluster, task, reason: "test over" })));
  }
  await removeTestCluster(cluster, `${family}:1`);
  await apiJson("DELETE", `/api/ecs/task-definitions/${family}:1?delete=true`);
  await apiJson("DELETE", `/api/ecs/task-definitions/${sidecarFamily}:1?delete=true`);
  await removeLogGroup(group);
  await vpc?.remove();
});

describe("ECS logs from CloudWatch", () => {
  it("says 'no logs yet' for each task of the service before anything was written", async () => {
    const { status, body } = await apiJson<Answer>("GET", servicePath());
    expect(status).toBe(200);
    expect(body.tasks).toBe(2);
    expect(body.lines).toEqual([]);
    expect(body.sources.map((s) => s.state)).toEqual(["no-logs-yet", "no-logs-yet"]);
    expect(body.sources[0]?.message).toMatch(/^No logs yet: the stream ecs\/web\/[0-9a-f]+/);
  });

  it("reads the service's tasks' streams, interleaved by time", async () => {
    const [first, second] = tasks as [string, string];
    await writeAwslogsEvents(target(first), ["first: starting", "first: ERROR disk full"]);
    await writeAwslogsEvents(target(second), ["second: listening on 8000"]);

    const { body } = await apiJson<Answer>("GET", servicePath());
    expect(body.sources.map((s) => s.state)).toEqual(["ok", "ok"]);
    expect(texts(body).sort()).toEqual([
      "first: ERROR disk full",
      "first: starting",
      "second: listening on 8000",
    ]);
    const firstId = first.slice(first.lastIndexOf("/") + 1);
    expect(body.lines.find((l) => l.text === "first: starting")).toMatchObject({
      taskId: firstId,
      container: "web",
    });
  });

  it("leaves the search to CloudWatch with the filter pattern", async () => {
    const { body } = await apiJson<Answer>("GET", `${servicePath()}?filter=ERROR`);
    expect(texts(body)).toEqual(["first: ERROR disk full"]);
  });

  it("reads one task's stream, and only that task's", async () => {
    const [first] = tasks as [string];
    const { status, body } = await apiJson<Answer>("GET", taskPath(first));
    expect(status).toBe(200);
    expect(texts(body)).toEqual(["first: starting", "first: ERROR disk full"]);
    const byId = await apiJson<Answer>("GET", taskPath(first.slice(first.lastIndexOf("/") + 1)));
    expect(texts(byId.body)).toEqual(texts(body));
  });

  it("names containers that log elsewhere or not at all, without failing", async () => {
    const { status, body } = await apiJson<Answer>("GET", taskPath(sidecarTask));
    expect(status).toBe(200);
    expect(body.sources.map((s) => [s.container, s.state, s.driver])).toEqual([
      ["web", "no-logs-yet", "awslogs"],
      ["router", "elsewhere", "awsfirelens"],
      ["quiet", "off", "none"],
    ]);
    expect(body.sources[1]?.message).toContain("FireLens");
  });

  it("follows the service: a line written after the follow started arrives", async () => {
    const [, second] = tasks as [string, string];
    const follow = await openSse(`${servicePath()}?follow=true`);
    try {
      expect(follow.status).toBe(200);
      await follow.until((events) => events.some((e) => e.event === "sources"));
      await follow.until(
        (events) => events.filter((e) => e.event === "message").length >= 3,
        10_000,
      );
      await writeAwslogsEvents(target(second), ["second: a new request"]);
      const events = await follow.until((all) =>
        all.some((e) => (e.data as Line).text === "second: a new request"),
      );
      const lines = events.filter((e) => e.event === "message").map((e) => (e.data as Line).text);
      // Nothing twice, though every poll reaches back a little.
      expect(new Set(lines).size).toBe(lines.length);
    } finally {
      follow.close();
    }
  });

  it("follows one task's stream by forward token", async () => {
    const [first] = tasks as [string];
    const follow = await openSse(`${taskPath(first)}?follow=true`);
    try {
      await follow.until((events) => events.filter((e) => e.event === "message").length >= 2);
      await writeAwslogsEvents(target(first), ["first: recovered"]);
      const events = await follow.until((all) =>
        all.some((e) => (e.data as Line).text === "first: recovered"),
      );
      const lines = events.filter((e) => e.event === "message").map((e) => (e.data as Line).text);
      expect(lines).toEqual(["first: starting", "first: ERROR disk full", "first: recovered"]);
    } finally {
      follow.close();
    }
    // The polling stops with the client: no stream stays open behind it.
    await eventually(async () => {
      const health = await apiJson<{ streams: { open: number } }>("GET", "/api/health");
      expect(health.body.streams.open).toBe(0);
    });
  });

  it("follows a task whose stream appears only after the follow started", async () => {
    const later = testName("logs-svc-later");
    await createTestService(cluster, later, `${family}:1`);
    const [early, quiet] = [
      await runTask(`${family}:1`, later),
      await runTask(`${family}:1`, later),
    ];
    await writeAwslogsEvents(target(early), ["early: up"]);

    const path = `/api/ecs/clusters/${cluster}/services/${later}/logs?follow=true`;
    const follow = await openSse(path);
    try {
      const first = await follow.until((all) =>
        all.some((e) => (e.data as Line).text === "early: up"),
      );
      const sources = first.find((e) => e.event === "sources")?.data as Source[];
      expect(sources.map((s) => s.state).sort()).toEqual(["no-logs-yet", "ok"]);

      await writeAwslogsEvents(target(quiet), ["quiet: finally talking"]);
      const events = await follow.until(
        (all) => all.some((e) => (e.data as Line).text === "quiet: finally talking"),
        30_000,
      );
      const latest = events.filter((e) => e.event === "sources").at(-1)?.data as Source[];
      expect(latest.map((s) => s.state)).toEqual(["ok", "ok"]);
    } finally {
      follow.close();
    }
  });

  it("downloads the service's logs as text", async () => {
    const response = await api(`${servicePath()}/download`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`${service}-logs.txt`);
    const text = await response.text();
    expect(text).toContain("/web first: ERROR disk full\n");
    expect(text).toContain("/web second: listening on 8000\n");
  });

  it("answers 404 for a task that does not exist", async () => {
    const res = await apiJson<{ error: { code: string } }>("GET", taskPath("0123456789abcdef"));
    expect(res.status).toBe(404);
  });
});
