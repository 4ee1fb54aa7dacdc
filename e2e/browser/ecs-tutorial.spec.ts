import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { freePort } from "../support/containers";
import { docker, removeImageQuietly, testName } from "../support/docker";
import { type FirstDeploy, removeFirstDeploy } from "../support/first-deploy";
import { createTestRole, removeTestRole } from "../support/moto/iam";
import { writeAwslogsEvents } from "../support/moto/logs";
import { playRollout } from "../support/moto/rollout";
import { playWhenCreated } from "../support/ship";

// The whole tutorial by clicking, from a state where none of the test's images or AWS
// resources exist: build the fixture app from its folder, run it and open it, ship it
// as a first deploy (push, a revision pinned by digest, a new cluster and a Fargate
// service with a public IP), check its network binding, read its logs, ship a second
// version from a changed folder, and roll back. The harness plays ECS's scheduler in
// the background; links to the addresses moto hands out are checked, never opened.

const FIXTURE = path.resolve(__dirname, "../fixtures/tutorial-app");
const IMAGE = `${testName("tutorial")}:v1`;
const CONTAINER = testName("tutorial-run");
const roleName = testName("role");
const deploy: FirstDeploy = {
  cluster: testName("cluster"),
  service: testName("web"),
  repository: IMAGE.slice(0, IMAGE.lastIndexOf(":")),
  repositoryUri: "",
  tags: ["v1", "v2"],
  digests: [],
  revisions: 2,
};
let roleArn = "";
let versionTwo = "";

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.beforeAll(async () => {
  await removeImageQuietly(IMAGE);
  roleArn = await createTestRole(roleName);
  // The second version: the same app, answering with a new message.
  versionTwo = await fs.mkdtemp(path.join(os.tmpdir(), "slipway-test-tutorial-v2-"));
  await fs.cp(FIXTURE, versionTwo, { recursive: true });
  const handler = path.join(versionTwo, "handle.sh");
  const text = await fs.readFile(handler, "utf8");
  await fs.writeFile(handler, text.replace("Hello from the tutorial app", "Hello from version 2"));
});

test.afterAll(async () => {
  await docker
    .getContainer(CONTAINER)
    .remove({ force: true })
    .catch(() => undefined);
  await removeFirstDeploy(deploy);
  await removeImageQuietly(IMAGE);
  await removeTestRole(roleName);
  if (versionTwo) await fs.rm(versionTwo, { recursive: true, force: true });
});

test("the tutorial: build, run, ship, binding, logs, second version, roll back", async ({
  page,
}, testInfo) => {
  test.setTimeout(480_000);
  const { cluster, service } = deploy;

  // 1. Build the image from the folder with the Dockerfile.
  await page.goto(`/build?context=${encodeURIComponent(FIXTURE)}`);
  await page.getByTestId("build-tag").fill(IMAGE);
  await page.getByTestId("build-submit").click();
  await expect(page.getByTestId("build-status")).toHaveAttribute("data-state", "succeeded", {
    timeout: 120_000,
  });
  await shot(page, testInfo, "01-build");

  // 2. Run it with a port mapping and open it.
  const port = await freePort();
  await page.goto("/images");
  await page.getByTestId(`image-row-${IMAGE}`).getByTestId("image-run").click();
  await page.getByTestId("run-name").fill(CONTAINER);
  await page.getByTestId("run-port-0").fill(`127.0.0.1:${port}:8000`);
  await page.getByTestId("run-submit").click();
  const row = page.getByTestId(`container-row-${CONTAINER}`);
  await expect(row.getByTestId("state-badge")).toHaveText("running");
  await shot(page, testInfo, "02-running-locally");
  const app = await page.context().newPage();
  await app.goto(`http://127.0.0.1:${port}/`);
  await expect(app.locator("body")).toContainText('"message":"Hello from the tutorial app"');
  await shot(app, testInfo, "03-app-locally");
  await app.close();

  // 3. Ship it from its page: a first deploy creating the repository, cluster and service.
  await page.goto(`/images/${encodeURIComponent(IMAGE)}`);
  await page.getByTestId("image-ship").click();
  await expect(page.getByTestId("ship-image")).toHaveValue(IMAGE);
  await expect(page.getByTestId("ship-repository")).toHaveValue(deploy.repository);
  await expect(page.getByTestId("ship-tag")).toHaveValue("v1");
  await page.getByTestId("ship-target-first").click();
  await page.getByTestId("ship-cluster-name").fill(cluster);
  await page.getByTestId("ship-service-name").fill(service);
  await page.getByTestId("ship-app").fill("tutorial");
  await expect(page.getByTestId("ship-port")).toHaveValue("8000");
  await page.getByTestId("ship-memory-reservation").fill("128");
  await page.getByTestId("ship-execution-role").fill(roleArn);
  await shot(page, testInfo, "04-ship-form");
  await page.getByTestId("ship-submit").click();
  await expect(page).toHaveURL(/\/ship\/[0-9a-f-]{36}$/);

  const play = await playWhenCreated(cluster, service);
  const taskArn = play.started[0] ?? "";
  const ip = play.publicIps[taskArn] ?? "";
  expect(ip).not.toBe("");
  await expect(page.getByTestId("flow-state")).toHaveText("succeeded", { timeout: 120_000 });
  await expect(page.getByTestId("flow-step-state-build")).toHaveText("skipped");
  await expect(page.getByTestId("flow-step-state-roll-out")).toHaveText("succeeded");
  await expect(page.getByTestId("ship-revision")).toHaveText(`${service}:1`);
  await expect(page.getByTestId("ship-digest")).toHaveText(/^sha256:[0-9a-f]{64}$/);
  const publicUrl = page.getByTestId("ship-public-url");
  await expect(publicUrl).toHaveText(`http://${ip}:8000`);
  await expect(publicUrl).toHaveAttribute("href", `http://${ip}:8000`);
  deploy.digests.push((await page.getByTestId("ship-digest").textContent()) ?? "");
  await shot(page, testInfo, "05-shipped");

  // 4. The service: its task's network binding, and its logs where awslogs writes them.
  await page.getByTestId("ship-service-link").click();
  await expect(page.getByTestId("service-revision")).toHaveText(`${service}:1`);
  const binding = page.getByTestId("task-row").getByTestId("binding-link");
  await expect(binding).toHaveText(`${ip}:8000`);
  await expect(binding).toHaveAttribute("href", `http://${ip}:8000`);
  await writeAwslogsEvents(
    { group: `/ecs/${service}`, prefix: "ecs", container: service, task: taskArn },
    ["tutorial-app listening on :8000", "GET / 200"],
  );
  await expect(page.getByTestId("log-viewer")).toContainText("GET / 200");
  await expect(page.getByTestId("ship-history-row")).toHaveCount(1);
  await shot(page, testInfo, "06-service");

  // 5. A second version, built from its folder and shipped to the running service.
  await page.getByTestId("ship-new-version").click();
  await expect(page.getByTestId("ship-cluster")).toHaveValue(cluster);
  await expect(page.getByTestId("ship-service")).toHaveValue(service);
  await expect(page.getByTestId("ship-repository")).toHaveValue(deploy.repository);
  await page.getByTestId("ship-source-folder").click();
  await page.getByTestId("ship-folder").fill(versionTwo);
  await page.getByTestId("ship-tag").fill("v2");
  await shot(page, testInfo, "07-ship-second-version");
  await page.getByTestId("ship-submit").click();
  await expect(page).toHaveURL(/\/ship\/[0-9a-f-]{36}$/);
  // While it rolls out (nothing plays yet): the full rollout view, and the service page link.
  await expect(page.getByTestId("flow-step-state-roll-out")).toHaveText("running", {
    timeout: 120_000,
  });
  const rolling = page.getByTestId("rollout-view");
  await expect(rolling).toHaveAttribute("data-phase", "waiting");
  await expect(rolling.getByTestId("rollout-summary")).toContainText(`${service}:2`);
  await expect(page.getByTestId("ship-rollout-service-link")).toHaveAttribute(
    "href",
    new RegExp(`/ecs/${cluster}/services/${service}$`),
  );
  await shot(page, testInfo, "07b-second-version-rolling-out");
  await playRollout(cluster, service, `${service}:2`, 120_000);
  await expect(page.getByTestId("flow-state")).toHaveText("succeeded", { timeout: 120_000 });
  await expect(page.getByTestId("flow-step-state-build")).toHaveText("succeeded");
  await expect(page.getByTestId("ship-revision")).toHaveText(`${service}:2`);
  deploy.digests.push((await page.getByTestId("ship-digest").textContent()) ?? "");
  await expect(page.getByTestId("ship-history-row")).toHaveCount(2);
  await shot(page, testInfo, "08-second-version");

  // 6. Roll back to the first version.
  await page.getByTestId("ship-service-link").click();
  await page.getByTestId("roll-back").click();
  await expect(page.getByTestId("rollback-target")).toContainText(
    `from ${service}:2 to ${service}:1`,
  );
  // Found in the history: said in local time, as the history table says it, without a flow id.
  const target = page.getByTestId("rollback-target");
  await expect(target).toContainText("Slipway's history: the ship of ");
  await expect(target).not.toContainText("flow ");
  await expect(target).not.toContainText(/\d{4}-\d\d-\d\dT/);
  await shot(page, testInfo, "09-rollback-confirm");
  await page.getByTestId("confirm").click();
  const rollback = page.getByTestId("rollback-flow");
  await playRollout(cluster, service, `${service}:1`);
  await expect(rollback.getByTestId("flow-state")).toHaveText("succeeded", { timeout: 60_000 });
  await expect(page.getByTestId("service-revision")).toHaveText(`${service}:1`);
  const history = page.getByTestId("ship-history-row");
  await expect(history).toHaveCount(3);
  await expect(history.first()).toContainText("rollback");
  await shot(page, testInfo, "10-rolled-back");
});
