import { expect, test } from "@playwright/test";
import { docker, testLabels, testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { type DeployedApp, deployApp } from "../support/moto/deployed-app";
import { awsLeftovers, localLeftovers } from "../support/moto/leftovers";
import { playScheduler, settleStoppedTasks } from "../support/moto/scheduler";

// The tutorial's last step by clicking: a deployed app (made through the API and the
// scheduler harness, with a local copy of its image and a local container) is
// planned for cleanup with no revision kept, run, and watched to the end. Then moto
// and the engine are asked directly what of it is left.

let deployed: DeployedApp | undefined;
const container = testName("ctr");

test.beforeAll(async () => {
  deployed = await deployApp(2, 95);
  await docker.getImage(BASE_IMAGE).tag({ repo: deployed.repositoryUri, tag: "v1" });
  const made = await docker.createContainer({
    name: container,
    Image: BASE_IMAGE,
    Cmd: ["sleep", "300"],
    Labels: { ...testLabels, "slipway.app": deployed.app },
  });
  await made.start();
});

test.afterAll(async () => {
  await docker
    .getContainer(container)
    .remove({ force: true })
    .catch(() => undefined);
  if (!deployed) return;
  await docker
    .getImage(`${deployed.repositoryUri}:v1`)
    .remove()
    .catch(() => undefined);
  await deployed.remove();
});

test("cleaning up a deployed app leaves nothing of it active", async ({ page }, testInfo) => {
  const app = deployed as DeployedApp;
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  // From the service's page, its Clean up button opens the page with it chosen.
  await page.goto(`/ecs/${app.cluster}/services/${app.service}`);
  await page.getByTestId("cleanup-service-button").click();
  await expect(page).toHaveURL(/\/cleanup\?/);
  await expect(page.getByTestId("cleanup-target-service")).toBeChecked();
  await expect(page.getByTestId("cleanup-service")).toHaveValue(app.service);
  await shot("cleanup-from-service");

  // The whole app instead, nothing kept, local resources too.
  await page.getByTestId("nav-cleanup").click();
  await page.getByTestId("cleanup-target-app").check();
  await page.getByTestId("cleanup-app").fill(app.app);
  await page.getByTestId("cleanup-keep").fill("0");
  await page.getByTestId("cleanup-local").check();
  await page.getByTestId("cleanup-plan-submit").click();

  const plan = page.getByTestId("cleanup-plan");
  await expect(plan).toBeVisible();
  const row = (kind: string) => plan.locator(`[data-testid="cleanup-item"][data-kind="${kind}"]`);
  await expect(row("service")).toContainText(app.service);
  await expect(row("revision")).toHaveCount(2);
  for (const revision of app.revisions) {
    await expect(row("revision").filter({ hasText: revision })).toHaveCount(1);
  }
  await expect(row("repository")).toContainText(app.repository);
  await expect(row("log-group")).toContainText(app.logGroup);
  await expect(row("cluster")).toContainText(app.cluster);
  await expect(row("local-container")).toContainText(container);
  await expect(row("local-image")).toContainText(`${app.repositoryUri}:v1`);
  await expect(plan.locator('[data-action="keep"]')).toHaveCount(0);
  await expect(row("service")).toContainText("scaled from 1 to 0, then deleted with force");
  await shot("cleanup-plan");

  // Unticking the service keeps the cluster (and what else waits for it), and says so.
  await row("service").getByTestId("cleanup-item-check").uncheck();
  await expect(row("cluster").getByTestId("cleanup-item-held")).toContainText(
    `stays because service ${app.service} stays`,
  );
  await expect(row("cluster").getByTestId("cleanup-item-check")).toBeDisabled();
  // The heading and the footer follow the ticks.
  await expect(page.getByTestId("cleanup-plan-summary")).toContainText(/ticked of \d+/);
  await expect(page.getByTestId("cleanup-run-footer")).toContainText(/more items? stays? because/);
  await shot("cleanup-plan-unticked");
  await row("service").getByTestId("cleanup-item-check").check();
  await expect(row("cluster").getByTestId("cleanup-item-held")).toHaveCount(0);

  // Nothing goes before the user confirms, with how many of which kinds.
  await page.getByTestId("cleanup-run-submit").click();
  const body = page.getByTestId("cleanup-confirm-body");
  await expect(body).toContainText("1 service");
  await expect(body).toContainText("2 revisions");
  await expect(body).toContainText("1 cluster");
  await shot("cleanup-confirm");
  await page.getByTestId("confirm").click();
  await expect(page).toHaveURL(/\/cleanup\?run=/);
  await expect(page.getByTestId("flow-steps")).toBeVisible();
  await expect(page.getByTestId("flow-step-await-services")).toBeVisible();
  // ECS would stop the deleted service's tasks; the harness does it while the page waits.
  await expect
    .poll(
      async () => {
        await playScheduler(app.cluster, app.service).catch(() => undefined);
        await settleStoppedTasks(app.cluster).catch(() => undefined);
        return page.getByTestId("flow-state").getAttribute("data-state");
      },
      { timeout: 120_000, intervals: [1_000] },
    )
    .toBe("succeeded");
  for (const step of ["revisions", "repositories", "log-groups", "clusters", "local-images"]) {
    await expect(page.getByTestId(`flow-step-state-${step}`)).toHaveText("succeeded");
  }
  await shot("cleanup-run-done");

  // The page shows the AWS context it plans in, and the run among the recent ones.
  await page.getByTestId("cleanup-new").click();
  await expect(page.getByTestId("aws-context")).toBeVisible();
  const recent = page.getByTestId("cleanup-recent").locator("li").first();
  await expect(recent).toContainText(`app ${app.app}`);
  await expect(recent.getByTestId("cleanup-recent-items")).toContainText(/\d+ items removed/);
  await shot("cleanup-recent");

  expect(await awsLeftovers(app)).toEqual([]);
  expect(await localLeftovers(app)).toEqual([]);
});
