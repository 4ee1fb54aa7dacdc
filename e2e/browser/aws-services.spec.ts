import { expect, test } from "@playwright/test";
import { testName } from "../support/docker";
import { MOTO_ACCOUNT } from "../support/moto";
import { createTestVpc, type TestVpc } from "../support/moto/ec2";
import { createTestCluster, removeTestCluster } from "../support/moto/ecs";
import { removeLogGroup, writeAwslogsEvents } from "../support/moto/logs";
import { playScheduler, serviceTasks, stopAllTasks } from "../support/moto/scheduler";
import {
  deregisterTaskDefinitions,
  registerServiceTaskDefinition,
  SERVICE_PORT,
} from "../support/moto/service-fixtures";

// The tutorial's service step by clicking, against moto. The harness plays ECS's
// scheduler between clicks. Public IPs handed out by moto belong to nobody here:
// their links are checked by href and text, never clicked or hovered.

const cluster = testName("cluster");
const family = testName("family");
const service = testName("svc");
let taskDefinition = "";
let vpc: TestVpc | undefined;

test.beforeAll(async () => {
  await createTestCluster(cluster);
  taskDefinition = await registerServiceTaskDefinition(family);
  vpc = await createTestVpc(testName("vpc"), 83);
});

test.afterAll(async () => {
  await stopAllTasks(cluster);
  await removeTestCluster(cluster);
  await deregisterTaskDefinitions([taskDefinition]);
  await removeLogGroup(`/ecs/${family}`);
  await vpc?.remove();
});

test("a service with a public IP: its task's link, scaling, deleting it and the cluster", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await page.goto("/ecs");
  await page
    .locator(`[data-testid="cluster-row"][data-name="${cluster}"]`)
    .getByTestId("cluster-link")
    .click();
  await expect(page.getByRole("heading", { name: cluster })).toBeVisible();
  await expect(page.getByTestId("services")).toContainText("No services in this cluster yet.");
  await shot("cluster");

  await page.getByTestId("create-service").click();
  await page.getByTestId("service-family").selectOption(family);
  await expect(page.getByTestId("service-revision")).toHaveValue(taskDefinition);
  await expect(page.getByTestId("service-network-mode")).toContainText("awsvpc");
  await page.getByTestId("service-name").fill(service);
  await page.getByTestId("service-desired-count").fill("1");
  await expect(page.getByTestId("service-launch-type")).toHaveValue("FARGATE");
  // moto's default VPC comes picked.
  await expect(page.getByTestId("service-vpc")).not.toHaveValue("");
  await page.getByTestId("service-vpc").selectOption(vpc?.vpcId ?? "");
  await expect(page.getByTestId("service-subnet")).toHaveCount(2);
  for (const box of await page.getByTestId("service-subnet").all()) await expect(box).toBeChecked();
  await expect(page.getByTestId("service-group-create")).toBeChecked();
  // Every VPC has a group named "default": the form says so before EC2 would.
  await page.getByTestId("service-group-name").fill("default");
  await expect(page.getByTestId("service-group-taken")).toContainText("Use an existing group");
  await expect(page.getByTestId("create-service-submit")).toBeDisabled();
  await page.getByTestId("service-group-name").fill("");
  await expect(page.getByTestId("service-group-taken")).toHaveCount(0);
  await expect(page.getByTestId("network-fields")).toContainText(`TCP ${SERVICE_PORT}`);
  await expect(page.getByTestId("service-public-ip")).toBeChecked();
  await shot("create-service");
  await page.getByTestId("create-service-submit").click();

  await expect(page.getByRole("heading", { name: service })).toBeVisible();
  await expect(page.getByTestId("service-status")).toHaveText("ACTIVE");
  await expect(page.getByTestId("service-desired")).toHaveText("1");
  await expect(page.getByTestId("service-revision")).toHaveText(taskDefinition);
  for (const subnet of vpc?.subnetIds ?? []) {
    await expect(page.getByTestId("service-network-subnets")).toContainText(subnet);
  }
  await expect(page.getByTestId("service-network-groups")).toContainText("sg-");
  await expect(page.getByTestId("service-network-public-ip")).toHaveText("assigned");

  // Opened by ARNs, the page still names the service and its cluster.
  const arn = (kind: string) => `arn:aws:ecs:us-east-1:${MOTO_ACCOUNT}:${kind}`;
  const clusterArn = encodeURIComponent(arn(`cluster/${cluster}`));
  const serviceArn = encodeURIComponent(arn(`service/${cluster}/${service}`));
  await page.goto(`/ecs/${clusterArn}/services/${serviceArn}`);
  await expect(page.getByRole("heading", { name: service, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: cluster, exact: true })).toBeVisible();
  await expect(page.getByTestId("service-desired")).toHaveText("1");
  await page.goto(`/ecs/${cluster}/services/${service}`);

  const first = await playScheduler(cluster, service);
  const [firstArn] = first.started;
  const ip = first.publicIps[firstArn ?? ""] ?? "";
  expect(ip).not.toBe("");
  const link = page.getByTestId("binding-link");
  await expect(link).toHaveText(`${ip}:${SERVICE_PORT}`);
  await expect(link).toHaveAttribute("href", `http://${ip}:${SERVICE_PORT}`);
  await expect(page.getByTestId("task-row")).toHaveCount(1);
  await expect(page.getByTestId("deployment-row")).toHaveCount(1);
  await shot("service-with-task");

  const taskId = firstArn?.split("/").pop() ?? "";
  await page
    .locator(`[data-testid="task-row"][data-id="${taskId}"]`)
    .getByRole("link", { name: taskId.slice(0, 12) })
    .click();
  await expect(page.getByTestId("task-status")).toHaveText("RUNNING");
  await expect(page.getByTestId("binding-public-ip")).toHaveText(ip);
  await expect(page.getByTestId("binding-link")).toHaveAttribute(
    "href",
    `http://${ip}:${SERVICE_PORT}`,
  );
  await expect(page.getByTestId("container-row")).toContainText("slipway-test/busybox:latest");
  // The awslogs driver would write the container's output; the harness does it here.
  await writeAwslogsEvents(
    { group: `/ecs/${family}`, prefix: "ecs", container: "web", task: firstArn ?? "" },
    ["tutorial-app listening on :8000", "GET /data 200"],
  );
  await expect(page.getByTestId("log-viewer")).toContainText("GET /data 200");
  await shot("task");
  await page.getByRole("link", { name: service }).click();

  await page.getByTestId("update-desired-count").fill("2");
  await page.getByTestId("update-desired-count-submit").click();
  await expect(page.getByTestId("service-desired")).toHaveText("2");
  await playScheduler(cluster, service);
  await expect(page.getByTestId("task-row")).toHaveCount(2);
  await expect(page.getByTestId("binding-link")).toHaveCount(2);
  await shot("service-scaled");

  await page.getByTestId("delete-service").click();
  await expect(page.getByTestId("delete-scale")).toBeChecked();
  await page.getByTestId("confirm").click();
  await expect(page.getByTestId("service-deleted")).toContainText("scaled from 2 to 0, deleted");
  await expect(page.getByTestId("service-status")).not.toHaveText("ACTIVE");
  const last = await playScheduler(cluster, service);
  expect(last.stopped).toHaveLength(2);
  expect(await serviceTasks(cluster, service, "RUNNING")).toEqual([]);
  await shot("service-deleted");

  await page.goto("/ecs");
  const row = page.locator(`[data-testid="cluster-row"][data-name="${cluster}"]`);
  await row.getByTestId("delete-cluster").click();
  await page.getByTestId("confirm").click();
  await expect(row).toHaveCount(0);
  await shot("cluster-deleted");

  // An unknown cluster's page: the error and the way back, nothing to create in.
  await page.goto(`/ecs/${testName("no-such-cluster")}`);
  await expect(page.getByTestId("error-notice")).toBeVisible();
  await expect(page.getByTestId("back-to-clusters")).toBeVisible();
  await expect(page.getByTestId("create-service")).toHaveCount(0);
});
