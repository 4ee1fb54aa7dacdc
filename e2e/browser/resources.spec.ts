import { expect, test } from "@playwright/test";
import { docker } from "../support/docker";
import { labelledContainer, removeRunResources, runLabels } from "../support/resources";

// The volumes, networks and events pages in Chromium, on resources this run makes
// (labelled with its own label and removed at the end).

const { run, labels } = runLabels("pages-ui");

test.afterAll(() => removeRunResources(run));

test("creates a volume, shows who uses it, and refuses to remove it while used", async ({
  page,
}) => {
  const name = `${run}-data`;
  await page.goto("/volumes");
  await page.getByTestId("volume-create").click();
  await page.getByTestId("volume-name").fill(name);
  for (const [index, [key, value]] of Object.entries(labels).entries()) {
    await page.getByTestId("volume-add-label").click();
    await page.getByTestId(`volume-label-key-${index}`).fill(key);
    await page.getByTestId(`volume-label-value-${index}`).fill(value);
  }
  await page.getByTestId("volume-create-submit").click();
  await expect(page.getByTestId("volume-notice")).toHaveText(`Created volume ${name}`);
  expect((await docker.getVolume(name).inspect()).Labels).toMatchObject(labels);

  const user = await labelledContainer(labels, { binds: [`${name}:/data`] });
  const row = page.getByTestId(`volume-row-${name}`);
  await expect(row.getByTestId(`volume-user-${user.name}`)).toContainText("created /data");
  await page.getByTestId("volume-filter").fill(run);
  await page.screenshot({ path: test.info().outputPath("volumes.png") });

  await row.getByTestId("volume-remove").click();
  await expect(page.getByTestId("volume-in-use")).toContainText(user.name);
  // In use: the dialog says why it cannot remove it, rather than failing after a click.
  await expect(page.getByTestId("confirm")).toBeDisabled();
  await expect(page.getByTestId("confirm-blocked")).toHaveText(
    "Remove this container first: the engine refuses to remove a volume a container mounts.",
  );
  await page.screenshot({ path: test.info().outputPath("volume-in-use.png") });
  await page.keyboard.press("Escape");

  await user.container.remove();
  await row.getByTestId("volume-link").click();
  await expect(page.getByTestId("volume-detail")).toContainText("unused");
  await page.getByTestId("volume-remove").click();
  await page.getByTestId("confirm").click();
  await expect(page).toHaveURL(/\/volumes$/);
  await expect(page.getByTestId(`volume-row-${name}`)).toHaveCount(0);
});

test("creates a network, checks its subnet, connects and disconnects a container", async ({
  page,
}) => {
  const name = `${run}-net`;
  const third = 1 + ((process.pid + 97) % 250);
  const web = await labelledContainer(labels, { cmd: ["sleep", "120"], start: true });

  await page.goto("/networks");
  await expect(page.getByTestId("network-row-bridge").getByTestId("network-remove")).toBeDisabled();
  await page.getByTestId("network-create").click();
  await page.getByTestId("network-name").fill(name);
  await page.getByTestId("network-subnet").fill(`10.214.${third}.5/24`);
  await expect(page.getByTestId("network-subnet-hint")).toHaveText(
    `"10.214.${third}.5/24" has host bits set: did you mean 10.214.${third}.0/24?`,
  );
  await expect(page.getByTestId("network-create-submit")).toBeDisabled();
  await page.getByTestId("network-subnet").fill(`10.214.${third}.0/24`);
  await page.getByTestId("network-add-label").click();
  await page.getByTestId("network-label-key-0").fill("slipway-test-run");
  await page.getByTestId("network-label-value-0").fill(run);
  await page.getByTestId("network-create-submit").click();
  await expect(page.getByTestId("network-notice")).toHaveText(`Created network ${name}`);

  const row = page.getByTestId(`network-row-${name}`);
  await row.getByTestId("network-connect").click();
  await page.getByTestId("connect-container").selectOption(web.name);
  await page.getByTestId("connect-submit").click();
  const member = row.getByTestId(`network-member-${web.name}`);
  await expect(member.getByTestId("member-ip")).toHaveText(new RegExp(`^10\\.214\\.${third}\\.`));
  await page.screenshot({ path: test.info().outputPath("networks.png") });

  await member.getByTestId("member-disconnect").click();
  await page.getByTestId("confirm").click();
  await expect(row.getByTestId("network-members")).toHaveCount(0);
  const inspected = await docker.getContainer(web.id).inspect();
  expect(Object.keys(inspected.NetworkSettings.Networks)).not.toContain(name);
});

test("shows engine events live, filtered by type and text", async ({ page }) => {
  await page.goto("/events");
  await page.getByTestId("events-type-container").click();
  await expect(page.getByTestId("events-status")).toHaveAttribute("data-state", "live");

  const started = await labelledContainer(labels, { cmd: ["true"], start: true });
  await page.getByTestId("events-text").fill(started.name);
  const rows = page.getByTestId("event-row");
  await expect(rows.filter({ hasText: "start" })).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-type", "container");
  await page.screenshot({ path: test.info().outputPath("events.png") });

  await page.getByTestId("events-pause").click();
  await started.container.remove();
  await expect(page.getByTestId("events-resume")).toContainText("new");
  await expect(rows.filter({ hasText: "destroy" })).toHaveCount(0);
  await page.getByTestId("events-resume").click();
  await expect(rows.filter({ hasText: "destroy" })).toHaveCount(1);
});
