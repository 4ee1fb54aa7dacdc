import { DeleteTaskDefinitionsCommand, DeregisterTaskDefinitionCommand } from "@aws-sdk/client-ecs";
import { expect, test } from "@playwright/test";
import { testName } from "../support/docker";
import { moto, quietly } from "../support/moto";
import { createTestRole, removeTestRole } from "../support/moto/iam";
import { removeLogGroup } from "../support/moto/logs";

// Against the test Slipway, which talks to moto with test keys in us-east-1.

const family = testName("web-td");
const roleName = testName("exec-role");
const pasted: string[] = [];

test.afterAll(async () => {
  const revisions = [`${family}:1`, `${family}:2`, ...pasted.map((p) => `${p}:1`)];
  for (const taskDefinition of revisions) {
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

  await expect(page.getByText(/Pick (one of \d+ roles|the 1 role) /)).toBeVisible();
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
  // A second click would register another revision: Register waits for an edit.
  await expect(page.getByTestId("td-submit")).toBeDisabled();
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

test("an unknown revision shows the error and the way back, no tabs", async ({ page }) => {
  await page.goto(`/ecs/task-definitions/${testName("no-such-family")}:1`);
  await expect(page.getByTestId("error-notice")).toBeVisible();
  await expect(page.getByTestId("back-to-task-definitions")).toBeVisible();
  await expect(page.getByTestId("tab-json")).toHaveCount(0);
});

test("paste describe output into the JSON editor: it says what it drops, then registers", async ({
  page,
}, testInfo) => {
  const pastedFamily = testName("pasted-td");
  pasted.push(pastedFamily);
  const describeOutput = {
    taskDefinition: {
      taskDefinitionArn: `arn:aws:ecs:us-east-1:123456789012:task-definition/${pastedFamily}:7`,
      containerDefinitions: [
        { name: "web", image: "slipway-test/busybox:latest", cpu: 0, environment: [] },
      ],
      family: pastedFamily,
      taskRoleArn: null,
      revision: 7,
      status: "ACTIVE",
      compatibilities: ["EC2", "FARGATE"],
      requiresCompatibilities: ["FARGATE"],
      networkMode: "awsvpc",
      cpu: "256",
      memory: "512",
      registeredAt: "2024-05-01T10:20:30.123000+00:00",
      registeredBy: "arn:aws:sts::123456789012:assumed-role/Admin/alice",
    },
    tags: [],
  };

  await page.goto("/ecs/task-definitions/new");
  await page.getByTestId("tab-json").click();
  await page.getByTestId("json-text").fill("{ not json");
  await expect(page.getByTestId("json-problem")).toContainText("Not valid JSON");
  await page.getByTestId("json-text").fill(JSON.stringify(describeOutput, null, 2));
  const dropped = page.getByTestId("json-editor").getByTestId("dropped-key");
  await expect(dropped).toHaveText([
    "taskDefinitionArn (read-only)",
    "containerDefinitions[0].environment (empty)",
    "taskRoleArn (null)",
    "revision (read-only)",
    "status (read-only)",
    "compatibilities (read-only)",
    "registeredAt (read-only)",
    "registeredBy (read-only)",
    "tags (empty)",
  ]);
  await page.screenshot({ path: testInfo.outputPath("json-editor.png"), fullPage: true });

  await page.getByTestId("json-submit").click();
  const registered = page.getByTestId("registered");
  await expect(registered).toContainText(`Registered ${pastedFamily}:1`);
  await expect(registered.getByTestId("dropped-key")).toHaveCount(9);
  await page.screenshot({ path: testInfo.outputPath("json-registered.png"), fullPage: true });
});
