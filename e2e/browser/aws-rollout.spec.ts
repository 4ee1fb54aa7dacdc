import { expect, test } from "@playwright/test";
import { testName } from "../support/docker";
import { apiJson } from "../support/http";
import { createPlayedService, playRollout } from "../support/moto/rollout";
import { playScheduler } from "../support/moto/scheduler";
import { registerServiceTaskDefinition, SERVICE_PORT } from "../support/moto/service-fixtures";
import { createServiceWorld, type ServiceWorld } from "../support/moto/service-setup";

// A service's live rollout on its page and a rollback by clicking, against moto.
// The harness plays ECS's scheduler between looks. Public IPs handed out by moto
// belong to nobody here: their links are checked by href and text, never clicked.

let world: ServiceWorld;
let family: string;
let lone: string;

test.beforeAll(async () => {
  world = await createServiceWorld(93);
  family = testName("rollout-ui");
  lone = testName("rollout-lone");
  world.taskDefinitions.push(
    await registerServiceTaskDefinition(family),
    await registerServiceTaskDefinition(family),
    await registerServiceTaskDefinition(family),
    await registerServiceTaskDefinition(lone),
  );
});

test.afterAll(async () => {
  await world?.remove();
});

test("a service's rollout live on its page, then a rollback that completes", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const service = await createPlayedService(world, `${family}:1`);
  const moved = await apiJson("PATCH", `/api/ecs/clusters/${world.cluster}/services/${service}`, {
    taskDefinition: `${family}:2`,
  });
  expect(moved.status).toBe(200);

  await page.goto(`/ecs/${world.cluster}/services/${service}`);
  const rollout = page.getByTestId("service-rollout");
  await expect(rollout.getByTestId("rollout-phase")).toHaveText("rolling out");
  await expect(rollout.getByTestId("rollout-summary")).toContainText(
    `waiting for tasks of ${family}:2 to run: 0 of 1 running`,
  );
  await expect(rollout.getByTestId("rollout-old-tasks")).toContainText(`${family}:1`);
  await shot("rollout-waiting");

  const play = await playScheduler(world.cluster, service);
  const ip = Object.values(play.publicIps)[0] ?? "";
  await expect(rollout.getByTestId("rollout-phase")).toHaveText("steady");
  await expect(rollout.getByTestId("rollout-summary")).toHaveText(
    `steady: 1 of 1 tasks run ${family}:2`,
  );
  const url = rollout.getByTestId("rollout-public-url");
  await expect(url).toHaveText(`http://${ip}:${SERVICE_PORT}`);
  await expect(url).toHaveAttribute("href", `http://${ip}:${SERVICE_PORT}`);
  await expect(rollout.getByTestId("rollout-task-status")).toHaveText("RUNNING");
  await expect(rollout.getByTestId("rollout-binding-link")).toHaveAttribute(
    "href",
    `http://${ip}:${SERVICE_PORT}`,
  );
  await shot("rollout-steady");

  await rollout.getByTestId("roll-back").click();
  await expect(page.getByTestId("rollback-target")).toContainText(
    `from ${family}:2 to ${family}:1`,
  );
  await expect(page.getByTestId("confirm")).toHaveText(`Roll back to ${family}:1`);
  await shot("rollback-confirm");
  await page.getByTestId("confirm").click();

  const flow = page.getByTestId("rollback-flow");
  await expect(flow.getByTestId("flow-step-state-find-previous-revision")).toHaveText("succeeded");
  await playRollout(world.cluster, service, `${family}:1`);
  await expect(flow.getByTestId("flow-state")).toHaveText("succeeded");
  await expect(flow.getByTestId("flow-step-state-roll-out")).toHaveText("succeeded");
  const steady = flow.getByTestId("rollout-view");
  await expect(steady).toHaveAttribute("data-phase", "steady");
  await expect(steady.getByTestId("rollout-summary")).toHaveText(
    `steady: 1 of 1 tasks run ${family}:1`,
  );
  await expect(steady.getByTestId("rollout-public-url")).toHaveAttribute(
    "href",
    /^http:\/\/[\d.]+:8000$/,
  );
  await expect(page.getByTestId("service-revision")).toHaveText(`${family}:1`);
  await shot("rollback-done");

  await flow.getByTestId("rollback-close").click();
  await expect(rollout.getByTestId("rollout-summary")).toHaveText(
    `steady: 1 of 1 tasks run ${family}:1`,
  );
  await shot("rollout-after-rollback");
});

test("the Roll back dialog offers only Close with nothing to roll back to, and shows a refusal", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const alone = await createPlayedService(world, `${lone}:1`);
  await page.goto(`/ecs/${world.cluster}/services/${alone}`);
  await page.getByTestId("service-rollout").getByTestId("roll-back").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Nothing to roll back to");
  await expect(dialog.getByTestId("confirm")).toHaveCount(0);
  await expect(dialog.getByTestId("dialog-cancel")).toHaveText("Close");
  await shot("rollback-nothing");
  await dialog.getByTestId("dialog-cancel").click();

  // A rollback started elsewhere (no scheduler plays: it waits in its roll-out), from
  // revision 3 to 2: the dialog then offers 1, and the server refuses.
  const busy = await createPlayedService(world, `${family}:2`);
  const path = `/api/ecs/clusters/${world.cluster}/services/${busy}`;
  expect((await apiJson("PATCH", path, { taskDefinition: `${family}:3` })).status).toBe(200);
  await playScheduler(world.cluster, busy);
  const other = await apiJson<{ id: string }>("POST", `${path}/rollback`);
  expect(other.status).toBe(201);
  try {
    await page.goto(`/ecs/${world.cluster}/services/${busy}`);
    await page.getByTestId("service-rollout").getByTestId("roll-back").click();
    await page.getByTestId("confirm").click();
    await expect(page.getByRole("dialog")).toContainText(
      `A rollback of ${busy} in ${world.cluster} is running`,
    );
    await shot("rollback-refused");

    // Its own page: Cancel says what stays (ECS keeps rolling out the revision set).
    await page.goto(`/ship/${other.body.id}`);
    await page.getByTestId("ship-cancel").click();
    const note = page.getByTestId("flow-cancelled-note");
    await expect(note).toContainText("ECS keeps rolling it out");
    await expect(note.getByRole("link")).toHaveAttribute(
      "href",
      `/ecs/${world.cluster}/services/${busy}`,
    );
    await shot("rollback-cancelled");
  } finally {
    await apiJson("POST", `${path}/rollback/${other.body.id}/cancel`);
  }
});
