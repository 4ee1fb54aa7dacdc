import { DescribeLogGroupsCommand } from "@aws-sdk/client-cloudwatch-logs";
import {
  DeleteTaskDefinitionsCommand,
  DeregisterTaskDefinitionCommand,
  ListTaskDefinitionsCommand,
} from "@aws-sdk/client-ecs";
import { afterAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import { apiJson } from "../support/http";
import { MOTO_ACCOUNT, moto, quietly } from "../support/moto";
import { createTestRole, removeTestRole } from "../support/moto/iam";
import { removeLogGroup } from "../support/moto/logs";

interface Revision {
  ref: string;
  family: string;
  revision: number;
  status: string;
  cpu: string;
  memory: string;
  executionRoleArn: string | null;
  containers: Array<{ name: string; image: string; logging: { options: Record<string, string> } }>;
  tags: Record<string, string>;
  json: { taskDefinition: Record<string, unknown>; tags: unknown[] };
  registerable: Record<string, unknown>;
}
interface Registered {
  taskDefinition: Revision;
  dropped: Array<{ path: string; reason: string }>;
  logGroups: Array<{ group: string; region: string; created: boolean }>;
}
interface ApiError {
  error: { code: string; message: string };
}
interface Family {
  family: string;
  latest: number;
  revisions: Array<{ ref: string; revision: number }>;
}

const seg = encodeURIComponent;
const roleName = testName("exec-role");
const families: string[] = [];
const groups: string[] = [];
let roleArn = "";

afterAll(async () => {
  for (const family of families) await removeFamily(family);
  for (const group of groups) await removeLogGroup(group);
  await removeTestRole(roleName);
});

async function removeFamily(family: string) {
  for (const status of ["ACTIVE", "INACTIVE"] as const) {
    const { taskDefinitionArns = [] } = await moto.ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: family, status }),
    );
    for (const arn of taskDefinitionArns) {
      await quietly(() =>
        moto.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn })),
      );
      await quietly(() =>
        moto.ecs.send(new DeleteTaskDefinitionsCommand({ taskDefinitions: [arn] })),
      );
    }
  }
}

async function executionRole() {
  roleArn ||= await createTestRole(roleName);
  return roleArn;
}

async function formInput(overrides: Record<string, unknown> = {}) {
  const family = testName("td");
  families.push(family);
  groups.push(`/ecs/${family}`);
  return {
    family,
    app: "slipway-test-shop",
    containerName: "web",
    image: "slipway-test/busybox:latest",
    cpu: 256,
    memory: 512,
    portMappings: [{ containerPort: 8000, protocol: "tcp" }],
    environment: [{ name: "MODE", value: "demo" }],
    executionRoleArn: await executionRole(),
    logging: { streamPrefix: "ecs" },
    ...overrides,
  };
}

const register = (body: unknown) =>
  apiJson<Registered & ApiError>("POST", "/api/ecs/task-definitions", body);

describe("task definitions", () => {
  it("registers by the form with awslogs, creating the log group, tagged", async () => {
    const form = await formInput();
    const { status, body } = await register({ form });
    expect(status).toBe(201);
    expect(body.taskDefinition).toMatchObject({
      ref: `${form.family}:1`,
      status: "ACTIVE",
      cpu: "256",
      memory: "512",
      executionRoleArn: roleArn,
    });
    expect(body.taskDefinition.containers[0]?.logging.options).toEqual({
      "awslogs-group": `/ecs/${form.family}`,
      "awslogs-region": "us-east-1",
      "awslogs-stream-prefix": "ecs",
    });
    expect(body.logGroups).toEqual([
      { group: `/ecs/${form.family}`, region: "us-east-1", created: true },
    ]);
    const { logGroups = [] } = await moto.logs.send(
      new DescribeLogGroupsCommand({ logGroupNamePrefix: `/ecs/${form.family}` }),
    );
    expect(logGroups.map((g) => g.logGroupName)).toEqual([`/ecs/${form.family}`]);

    const got = await apiJson<Revision>("GET", `/api/ecs/task-definitions/${form.family}`);
    expect(got.body.tags).toEqual({
      "slipway:app": "slipway-test-shop",
      "slipway:created-by": "slipway",
    });
  });

  it("keeps an awslogs group that already exists", async () => {
    const form = await formInput();
    expect((await register({ form })).status).toBe(201);
    const again = await register({ form: { ...form, image: "slipway-test/busybox:2" } });
    expect(again.status).toBe(201);
    expect(again.body.taskDefinition.revision).toBe(2);
    expect(again.body.logGroups[0]?.created).toBe(false);
  });

  it("refuses a CPU and memory pair Fargate does not run, listing the valid memory", async () => {
    const form = await formInput({ cpu: 512, memory: 512 });
    const { status, body } = await register({ form });
    expect(status).toBe(400);
    expect(body.error.message).toBe(
      "Invalid body: form.memory: memory 512 MiB does not go with 512 CPU units (0.5 vCPU) " +
        "on Fargate; valid memory for 512 CPU units (MiB): 1024, 2048, 3072, 4096",
    );
  });

  it("asks for an execution role when awslogs is on", async () => {
    const form = await formInput({ executionRoleArn: undefined });
    const { status, body } = await register({ form });
    expect(status).toBe(400);
    expect(body.error.message).toContain("form.executionRoleArn: Fargate sends awslogs logs");
  });

  it("registers pasted describe output, saying which keys it dropped", async () => {
    const form = await formInput();
    await register({ form });
    const first = await apiJson<Revision>("GET", `/api/ecs/task-definitions/${form.family}:1`);
    const pasted = {
      ...first.body.json,
      taskDefinition: { ...first.body.json.taskDefinition, memory: "1024" },
    };

    const { status, body } = await register(pasted);
    expect(status).toBe(201);
    expect(body.taskDefinition).toMatchObject({ ref: `${form.family}:2`, memory: "1024" });
    const readOnly = body.dropped.filter((d) => d.reason === "read-only").map((d) => d.path);
    expect(readOnly).toEqual(
      expect.arrayContaining(["taskDefinitionArn", "revision", "status", "compatibilities"]),
    );
    expect(body.taskDefinition.tags["slipway:app"]).toBe("slipway-test-shop");
  });

  it("refuses pasted JSON with keys no task definition has", async () => {
    const { status, body } = await register({ family: testName("td"), famly: "x" });
    expect(status).toBe(400);
    expect(body.error.message).toContain("Unknown key for a task definition: famly");
  });

  it("gets a revision by family:revision, and the latest ACTIVE one by family", async () => {
    const form = await formInput();
    await register({ form });
    await register({ form: { ...form, image: "slipway-test/busybox:2" } });

    const latest = await apiJson<Revision>("GET", `/api/ecs/task-definitions/${form.family}`);
    expect(latest.body.ref).toBe(`${form.family}:2`);
    const first = await apiJson<Revision>("GET", `/api/ecs/task-definitions/${form.family}:1`);
    expect(first.body.containers[0]?.image).toBe("slipway-test/busybox:latest");
    expect(first.body.registerable).not.toHaveProperty("revision");

    const arn = `arn:aws:ecs:us-east-1:${MOTO_ACCOUNT}:task-definition/${form.family}:1`;
    const byArn = await apiJson<Revision>("GET", `/api/ecs/task-definitions/${seg(arn)}`);
    expect(byArn.body.ref).toBe(`${form.family}:1`);

    const list = await apiJson<Family[]>("GET", `/api/ecs/task-definitions?family=${form.family}`);
    expect(list.body).toEqual([
      {
        family: form.family,
        latest: 2,
        revisions: [
          expect.objectContaining({ ref: `${form.family}:2`, revision: 2 }),
          expect.objectContaining({ ref: `${form.family}:1`, revision: 1 }),
        ],
      },
    ]);
  });

  it("answers 404 for a revision that does not exist", async () => {
    const form = await formInput();
    await register({ form });
    const missing = await apiJson<ApiError>("GET", `/api/ecs/task-definitions/${form.family}:9`);
    expect(missing.status).toBe(404);
    const none = await apiJson<ApiError>("GET", `/api/ecs/task-definitions/${testName("none")}`);
    expect(none.status).toBe(404);
    expect(none.body.error.message).toContain("has no ACTIVE revision");
  });

  it("diffs two revisions by their registerable parts", async () => {
    const form = await formInput();
    await register({ form });
    await register({
      form: { ...form, memory: 1024, environment: [{ name: "MODE", value: "live" }] },
    });
    const { status, body } = await apiJson<{ from: string; to: string; changes: unknown[] }>(
      "GET",
      `/api/ecs/task-definitions/diff?from=${form.family}:1&to=${form.family}:2`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      from: `${form.family}:1`,
      to: `${form.family}:2`,
      changes: [
        {
          path: "containerDefinitions[web].environment[MODE].value",
          kind: "changed",
          from: "demo",
          to: "live",
        },
        { path: "memory", kind: "changed", from: "512", to: "1024" },
      ],
    });
  });

  it("deregisters a revision, then deletes it when asked", async () => {
    const form = await formInput();
    await register({ form });
    await register({ form });
    const path = `/api/ecs/task-definitions/${form.family}:2`;

    const deregistered = await apiJson<{ ref: string; status: string }>("DELETE", path);
    expect(deregistered.body).toEqual({
      ref: `${form.family}:2`,
      status: "INACTIVE",
      deleted: false,
    });
    const latest = await apiJson<Revision>("GET", `/api/ecs/task-definitions/${form.family}`);
    expect(latest.body.ref).toBe(`${form.family}:1`);
    const inactive = await apiJson<Family[]>(
      "GET",
      `/api/ecs/task-definitions?status=INACTIVE&family=${form.family}`,
    );
    expect(inactive.body[0]?.revisions.map((r) => r.revision)).toEqual([2]);

    const deleted = await apiJson<{ status: string; deleted: boolean }>(
      "DELETE",
      `${path}?delete=true`,
    );
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ status: "DELETE_IN_PROGRESS", deleted: true });
    expect((await apiJson("GET", path)).status).toBe(404);
  });

  it("refuses to deregister a family without naming the revision", async () => {
    const form = await formInput();
    await register({ form });
    const res = await apiJson<ApiError>("DELETE", `/api/ecs/task-definitions/${form.family}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain("family:revision");
  });
});

describe("IAM roles for the execution role", () => {
  it("lists roles, those ECS tasks may assume first", async () => {
    const arn = await executionRole();
    const { status, body } = await apiJson<{
      available: boolean;
      roles: Array<{ name: string; arn: string; trustsEcsTasks: boolean }>;
    }>("GET", "/api/iam/roles");
    expect(status).toBe(200);
    expect(body.available).toBe(true);
    expect(body.roles).toContainEqual(
      expect.objectContaining({ name: roleName, arn, trustsEcsTasks: true }),
    );
  });
});
