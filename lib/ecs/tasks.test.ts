import { describe, expect, it } from "vitest";
import { fakeAwsClients, pagesOf } from "@/lib/aws/testing/fake-clients";
import { listTasks } from "@/lib/ecs/tasks";

// E3 for tasks: 101 tasks of one service, listed 40 a page, described at most 100
// at a time. The fake ignores serviceName, as some ECS stand-ins do: the group
// `service:<name>` is what keeps other services' tasks out.

const ACCOUNT = "arn:aws:ecs:us-east-1:123456789012";
const taskArn = (id: string) => `${ACCOUNT}:task/shop/${id}`;
const ids = Array.from({ length: 101 }, (_, i) => i.toString(16).padStart(32, "0"));
const otherIds = ["f".repeat(32)];

function clusterWithTasks(others: string[] = otherIds) {
  const all = [...ids, ...others];
  const listPage = pagesOf(all.map(taskArn), 40);
  return fakeAwsClients({
    listTasks: (input) => {
      if (input.desiredStatus === "STOPPED") return { taskArns: [] };
      const { page, nextToken } = listPage(input.nextToken);
      return { taskArns: page, nextToken };
    },
    describeTasks: (input) => {
      const tasks = input.tasks as string[];
      if (tasks.length > 100) throw new Error("InvalidParameterException: at most 100 tasks");
      return {
        tasks: tasks.map((arn) => ({
          taskArn: arn,
          clusterArn: `${ACCOUNT}:cluster/shop`,
          lastStatus: "RUNNING",
          desiredStatus: "RUNNING",
          group: otherIds.some((id) => arn.endsWith(id)) ? "service:admin" : "service:web",
          taskDefinitionArn: `${ACCOUNT}:task-definition/web:1`,
        })),
      };
    },
    describeTaskDefinition: () => ({
      taskDefinition: { family: "web", revision: 1, networkMode: "bridge" },
    }),
  });
}

describe("listing a service's tasks", () => {
  it("pages through ListTasks and describes 101 tasks in batches of 100 and 1", async () => {
    const fake = clusterWithTasks([]);
    const tasks = await listTasks(fake.aws, "shop", { service: "web", status: "RUNNING" });

    expect(tasks).toHaveLength(101);
    expect(fake.named("ListTasks")).toHaveLength(3);
    expect(fake.named("ListTasks")[0]?.input).toMatchObject({
      cluster: "shop",
      serviceName: "web",
      desiredStatus: "RUNNING",
    });
    expect(fake.named("DescribeTasks").map((c) => (c.input.tasks as string[]).length)).toEqual([
      100, 1,
    ]);
  });

  it("keeps only tasks whose group names the service", async () => {
    const tasks = await listTasks(clusterWithTasks().aws, "shop", { service: "web" });
    expect(tasks.every((t) => t.service === "web")).toBe(true);
    expect(tasks.some((t) => t.id === otherIds[0])).toBe(false);
  });

  it("asks for running and stopped tasks when no status is named", async () => {
    const fake = clusterWithTasks();
    await listTasks(fake.aws, "shop");
    const asked = new Set(fake.named("ListTasks").map((c) => c.input.desiredStatus));
    expect([...asked]).toEqual(["RUNNING", "STOPPED"]);
  });

  it("describes each task definition once for all its tasks", async () => {
    const fake = clusterWithTasks();
    await listTasks(fake.aws, "shop", { service: "web" });
    expect(fake.named("DescribeTaskDefinition")).toHaveLength(1);
  });
});
