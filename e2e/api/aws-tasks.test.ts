import { RunTaskCommand } from "@aws-sdk/client-ecs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testName } from "../support/docker";
import { apiJson } from "../support/http";
import { moto } from "../support/moto";
import { playScheduler, type SchedulerPlay } from "../support/moto/scheduler";
import { registerServiceTaskDefinition, SERVICE_PORT } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";

// moto's public IPs are addresses nobody here owns: they are compared as text,
// never connected to.

interface Binding {
  containerName: string;
  containerPort: number;
  protocol: string;
  privateIp: string | null;
  publicIp: string | null;
  publicIpNote: string | null;
  hostPort: number | null;
  url: string | null;
}
interface Task {
  id: string;
  arn: string;
  status: string;
  desiredStatus: string;
  service: string | null;
  group: string | null;
  startedBy: string | null;
  taskDefinition: string;
  networkInterfaceId: string | null;
  privateIp: string | null;
  stoppedReason: string | null;
  containers: Array<{ name: string; image: string; status: string; health: string }>;
  networkBindings: Binding[];
}
interface ApiError {
  error: { code: string; message: string };
}

const seg = encodeURIComponent;
let world: ServiceWorld;
let taskDefinition: string;
let service: string;
let play: SchedulerPlay;

const tasksPath = () => `/api/ecs/clusters/${seg(world.cluster)}/tasks`;
const taskPath = (id: string) => `${tasksPath()}/${seg(id)}`;

beforeAll(async () => {
  world = await createServiceWorld(82);
  taskDefinition = await registerServiceTaskDefinition(testName("family"));
  world.taskDefinitions.push(taskDefinition);
  service = testName("svc");
  const created = await apiJson("POST", `/api/ecs/clusters/${seg(world.cluster)}/services`, {
    name: service,
    taskDefinition,
    desiredCount: 2,
    subnets: world.subnetIds,
    securityGroups: [world.securityGroupId],
    assignPublicIp: true,
  });
  expect(created.status).toBe(201);
  play = await playScheduler(world.cluster, service);
});

afterAll(async () => {
  await world?.remove();
});

describe("a service's tasks", () => {
  it("lists the running tasks of the service, started under its group", async () => {
    const { status, body } = await apiJson<Task[]>(
      "GET",
      `${tasksPath()}?service=${seg(service)}&status=RUNNING`,
    );
    expect(status).toBe(200);
    expect(body.map((t) => t.arn).sort()).toEqual([...play.started].sort());
    for (const task of body) {
      expect(task).toMatchObject({
        status: "RUNNING",
        service,
        group: `service:${service}`,
        taskDefinition,
      });
    }
  });

  it("gives each task the public IP of its interface and a link per port (E6)", async () => {
    const { body } = await apiJson<Task[]>("GET", `${tasksPath()}?service=${seg(service)}`);
    for (const task of body) {
      const publicIp = play.publicIps[task.arn];
      expect(publicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(task.networkBindings).toEqual([
        {
          containerName: "web",
          containerPort: SERVICE_PORT,
          protocol: "tcp",
          privateIp: task.privateIp,
          publicIp,
          publicIpNote: null,
          hostPort: SERVICE_PORT,
          url: `http://${publicIp}:${SERVICE_PORT}`,
        },
      ]);
      expect(task.privateIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    }
  });

  it("leaves out tasks that the service did not start", async () => {
    const standalone = await moto.ecs.send(
      new RunTaskCommand({
        cluster: world.cluster,
        taskDefinition,
        launchType: "FARGATE",
        networkConfiguration: {
          awsvpcConfiguration: {
            subnets: world.subnetIds,
            securityGroups: [world.securityGroupId],
          },
        },
      }),
    );
    const arn = standalone.tasks?.[0]?.taskArn ?? "";
    const ofService = await apiJson<Task[]>("GET", `${tasksPath()}?service=${seg(service)}`);
    expect(ofService.body.map((t) => t.arn)).not.toContain(arn);
    const all = await apiJson<Task[]>("GET", tasksPath());
    const found = all.body.find((t) => t.arn === arn);
    expect(found).toMatchObject({ service: null, status: "RUNNING" });
    // No public IP was asked for: the link goes to the private address.
    expect(found?.networkBindings[0]?.publicIp).toBeNull();
    expect(found?.networkBindings[0]?.url).toBe(`http://${found?.privateIp}:${SERVICE_PORT}`);
  });
});

describe("one task", () => {
  it("shows containers, status and network bindings, by id or by ARN", async () => {
    const arn = play.started[0] ?? "";
    const id = arn.split("/").pop() ?? "";
    const byId = await apiJson<Task>("GET", taskPath(id));
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({
      id,
      arn,
      desiredStatus: "RUNNING",
      service,
      containers: [{ name: "web", image: "slipway-test/busybox:latest" }],
    });
    expect(byId.body.networkBindings[0]?.publicIp).toBe(play.publicIps[arn]);
    expect(byId.body.networkInterfaceId).toMatch(/^eni-/);

    const byArn = await apiJson<Task>("GET", taskPath(arn));
    expect(byArn.body.id).toBe(id);
  });

  it("stops a task: it shows as STOPPED with the reason, and no link", async () => {
    const arn = play.started[1] ?? "";
    const id = arn.split("/").pop() ?? "";
    const res = await apiJson<Task>("POST", `${taskPath(id)}/stop`, { reason: "slipway test" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "STOPPED", stoppedReason: "slipway test" });
    expect(res.body.networkBindings[0]?.url).toBeNull();

    const stopped = await apiJson<Task[]>(
      "GET",
      `${tasksPath()}?service=${seg(service)}&status=STOPPED`,
    );
    expect(stopped.body.map((t) => t.id)).toContain(id);
    const again = await apiJson<ApiError>("POST", `${taskPath(id)}/stop`);
    expect(again.status).toBe(409);
  });

  it("answers 404 for an unknown task or cluster", async () => {
    const missing = await apiJson<ApiError>("GET", taskPath("0".repeat(32)));
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/^TaskNotFoundException/);
    const stop = await apiJson<ApiError>("POST", `${taskPath("0".repeat(32))}/stop`);
    expect(stop.status).toBe(404);
    const nowhere = await apiJson("GET", `/api/ecs/clusters/${testName("nowhere")}/tasks`);
    expect(nowhere.status).toBe(404);
  });

  it("refuses a bad status filter or task id, naming the field", async () => {
    const status = await apiJson<ApiError>("GET", `${tasksPath()}?status=running`);
    expect(status.status).toBe(400);
    expect(status.body.error.message).toContain("status: status is RUNNING or STOPPED");
    const id = await apiJson<ApiError>("GET", taskPath("not a task!"));
    expect(id.status).toBe(400);
    expect(id.body.error.message).toContain("taskId:");
  });
});
