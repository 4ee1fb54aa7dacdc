import { DeleteTaskDefinitionsCommand, DeregisterTaskDefinitionCommand } from "@aws-sdk/client-ecs";
import { expect, test } from "@playwright/test";
import { testName } from "../support/docker";
import { moto, quietly } from "../support/moto";
import { createTestRole, removeTestRole } from "../support/moto/iam";
import { removeLogGroup } from "../support/moto/logs";

// Against the test Slipway, which talks to moto with test keys in us-east-1.

const family = testName("web-td");
const roleName = testName("exec-role");

test.afterAll(async () => {
  for (const revision of [1, 2]) {
    const taskDefinition = `${family}:${revision}`;
    await quietly(() => moto.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition })));
    await quietly(() =>
      moto.ecs.send(new DeleteTaskDefinitionsCommand({ taskDefinitions: [taskDefinition] })),
    );
  }
  await removeLogGroup(`/ecs/${family}`);
  await removeTestRole(roleName);
});

test("create a task definition with awslogs by the form, revise it, diff, deregister", async ({
  page,
}, testInfo) => {
  const roleArn = await createTestRole(roleName);
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await page.goto("/ecs/task-definitions");
  await page.getByTestId("create-task-definition").click();
  await page.getByTestId("td-family").fill(family);
  await page.getByTestId("td-image").fill("slipway-test/busybox:latest");
  await page.getByTestId("container-port").fill("8000");
  await page.getByTestId("add-env").click();
  await page.getByTestId("env-name").fill("MODE");
  await page.getByTestId("env-value").fill("demo");
  await page.getByTestId("td-cpu").selectOption("512");
  await expect(page.getByTestId("td-memory")).toHaveValue("1024");
  await expect(page.getByTestId("td-awslogs")).toBeChecked();
  await expect(page.getByTestId("td-log-group")).toHaveAttribute("placeholder", `/ecs/${family}`);

  await expect(page.getByText(/Pick one of \d+ roles/)).toBeVisible();
  // awslogs on Fargate needs the execution role: the form says so before AWS would.
  await page.getByTestId("td-submit").click();
  await expect(
    page.getByText("Fargate sends awslogs logs with the task execution role"),
  ).toBeVisible();
  await page.getByTestId("td-execution-role").fill(roleArn);
  await shot("task-definition-form");
  await page.getByTestId("td-submit").click();

  const registered = page.getByTestId("registered");
  await expect(registered).toContainText(`Registered ${family}:1`);
  await expect(registered.getByTestId("log-group-outcome")).toContainText(
    `Log group /ecs/${family} (us-east-1) created`,
  );
  await shot("task-definition-registered");

  await page.goto("/ecs/task-definitions");
  const row = page.locator(`[data-testid="revision-row"][data-ref="${family}:1"]`);
  await expect(row).toContainText("latest");
  await shot("task-definitions");

  await row.getByTestId("revision-link").click();
  await expect(page.getByTestId("revision-status")).toHaveText("ACTIVE");
  await expect(page.getByTestId("container-logging")).toContainText(`awslogs /ecs/${family}`);
  await page.getByTestId("tab-json").click();
  const json = page.getByTestId("revision-json");
  await expect(json).toContainText(`"awslogs-group": "/ecs/${family}"`);
  await expect(json).toContainText(`"taskDefinitionArn"`);
  await shot("task-definition-json");

  // Revision 2 from revision 1: the form comes prefilled.
  await page.getByTestId("new-revision").click();
  await expect(page.getByTestId("td-family")).toHaveValue(family);
  await expect(page.getByTestId("td-execution-role")).toHaveValue(roleArn);
  await expect(page.getByTestId("env-value")).toHaveValue("demo");
  await page.getByTestId("td-memory").selectOption("2048");
  await page.getByTestId("td-submit").click();
  await expect(page.getByTestId("registered")).toContainText(`Registered ${family}:2`);
  await expect(page.getByTestId("log-group-outcome")).toContainText("already existed");

  await page.getByTestId("registered-link").click();
  await page.getByTestId("tab-diff").click();
  await expect(page.getByTestId("diff-from")).toHaveValue(`${family}:1`);
  const change = page.locator('[data-testid="diff-change"][data-path="memory"]');
  await expect(change).toContainText("changed");
  await expect(change).toContainText("1024");
  await expect(change).toContainText("2048");
  await expect(page.getByTestId("diff-change")).toHaveCount(1);
  await shot("task-definition-diff");

  await page.getByTestId("deregister").click();
  await page.getByTestId("confirm").click();
  await expect(page.getByTestId("revision-status")).toHaveText("INACTIVE");
  await expect(page.getByTestId("delete-revision")).toBeVisible();
  await shot("task-definition-deregistered");

  await page.goto("/ecs/task-definitions");
  await expect(page.locator(`[data-testid="revision-row"][data-ref="${family}:2"]`)).toHaveCount(0);
  await page.getByTestId("status-inactive").click();
  await expect(page.locator(`[data-testid="revision-row"][data-ref="${family}:2"]`)).toBeVisible();
  await shot("task-definitions-inactive");
});
