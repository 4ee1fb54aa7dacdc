import { expect, test } from "@playwright/test";
import { docker, startScriptContainer, testName } from "../support/docker";

// Live stats in a browser: a busy container's CPU column shows a number that moves,
// and its page charts CPU and memory.

const created: string[] = [];

test.afterAll(async () => {
  for (const id of created) {
    await docker
      .getContainer(id)
      .remove({ force: true })
      .catch(() => undefined);
  }
});

test("shows stats move while a container is busy", async ({ page }, testInfo) => {
  const { id, name } = await startScriptContainer("while :; do :; done", {
    name: testName("stats-ui"),
  });
  created.push(id);

  await page.goto("/containers");
  const row = page.getByTestId(`container-row-${name}`);
  const cpu = row.getByTestId("container-cpu");
  await expect(cpu).toHaveText(/^\d+(\.\d)?%$/);
  const first = await cpu.textContent();
  await expect(async () => {
    expect(await cpu.textContent()).not.toBe(first);
  }).toPass({ timeout: 20_000 });
  await expect(row.getByTestId("container-memory")).toHaveText(/B \/ .*B$/);
  await page.screenshot({ path: testInfo.outputPath("stats-list.png"), fullPage: true });

  await row.getByTestId("container-link").click();
  await page.getByTestId("tab-stats").click();
  await expect(page.getByTestId("stats-cpu")).toHaveText(/^\d+(\.\d)?%$/);
  // A line needs two points; the chart grows as samples arrive.
  await expect(page.getByTestId("stats-chart-cpu").locator("polyline")).toBeVisible();
  const points = Number(await page.getByTestId("stats-chart-cpu").getAttribute("data-points"));
  await expect(async () => {
    const now = Number(await page.getByTestId("stats-chart-cpu").getAttribute("data-points"));
    expect(now).toBeGreaterThan(points);
  }).toPass({ timeout: 20_000 });
  // A steady memory line is flat, which Playwright counts as not visible: count its points.
  await expect(page.getByTestId("stats-chart-memory").locator("polyline")).toHaveCount(1);
  expect(
    Number(await page.getByTestId("stats-chart-memory").getAttribute("data-points")),
  ).toBeGreaterThan(1);
  // Each chart has a scale: CPU from 0 to at least one CPU (100%), memory in bytes.
  const cpuAxis = page.getByTestId("stats-chart-cpu-axis");
  await expect(cpuAxis).toContainText("0%");
  await expect(cpuAxis.locator("span").first()).toHaveText(/^\d+%$/);
  expect(Number(await cpuAxis.getAttribute("data-top"))).toBeGreaterThanOrEqual(100);
  await expect(page.getByTestId("stats-chart-memory-axis").locator("span").first()).toHaveText(
    /^\d+(\.\d)? (kB|MB|GB)$/,
  );
  await page.screenshot({ path: testInfo.outputPath("stats-detail.png"), fullPage: true });
});
