import { expect, test } from "@playwright/test";
import { docker, startScriptContainer, testName } from "../support/docker";

// The log view in a browser: colours as styles, stderr set apart, search, follow, and
// a reader of older lines left in place while new lines arrive, at 100,000 lines.

const created: string[] = [];

async function start(script: string) {
  const started = await startScriptContainer(script, { name: testName("logs-ui") });
  created.push(started.id);
  return started;
}

test.afterAll(async () => {
  for (const id of created) {
    await docker
      .getContainer(id)
      .remove({ force: true })
      .catch(() => undefined);
  }
});

test("shows colours as styles, stderr apart, and marks search matches", async ({ page }) => {
  const { id } = await start(
    "printf '\\033[31mred text\\033[0m\\n'; echo plain out; sleep 0.3; " +
      "echo bad thing >&2; sleep 600",
  );
  await page.goto(`/containers/${id}/logs`);
  const lines = page.getByTestId("log-line");
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toHaveText("red text");
  await expect(lines.nth(0).locator("span[style]", { hasText: "red text" })).toHaveCSS(
    "color",
    "rgb(248, 113, 113)",
  );
  await expect(page.locator("[data-stream=stderr]")).toContainText("bad thing");
  await expect(page.locator("body")).not.toContainText("[31m");

  await page.getByTestId("log-search").fill("T");
  await expect(page.getByTestId("log-matches")).toHaveText("4 matches in 3 lines");
  await page.getByTestId("log-search").fill("thing");
  await expect(lines).toHaveCount(1);
  await expect(lines.locator("mark")).toHaveText("thing");

  await page.getByTestId("log-search").fill("");
  await page.getByTestId("log-streams").selectOption("stderr");
  await expect(lines).toHaveCount(1);
  await page.screenshot({ path: "test-results/e2e/logs-colours.png" });
});

test("keeps a reader's place among 100,000 lines while new lines arrive", async ({ page }) => {
  const { id } = await start("seq 1 100000; while true; do echo tick; sleep 0.2; done");
  await page.goto(`/containers/${id}/logs`);
  await page.getByTestId("log-tail").selectOption("100000");
  const list = page.getByTestId("log-list");
  await expect(list).toContainText("tick", { timeout: 60_000 });
  // Virtualised: a screenful of rows in the DOM, not 100,000.
  expect(await page.getByTestId("log-line").count()).toBeLessThan(200);

  await list.evaluate((el) => {
    el.scrollTop = 20 * 500;
  });
  await expect(page.getByTestId("jump-to-latest")).toBeVisible();
  // The oldest lines are dropped as new ones come (the view holds 100,000): the line
  // at the top of the view stays the same all the same.
  const topLine = () =>
    list.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return document
        .elementFromPoint(box.left + 40, box.top + 5)
        ?.closest("[data-testid=log-line]")?.textContent;
    });
  const before = await topLine();
  expect(before).toMatch(/^\d+$/);
  await page.waitForTimeout(1_500);
  expect(await topLine()).toBe(before);
  await page.screenshot({ path: "test-results/e2e/logs-reading.png" });

  await page.getByTestId("jump-to-latest").click();
  await expect(page.getByTestId("jump-to-latest")).toBeHidden();
  await page.waitForTimeout(1_000);
  const atEnd = await list.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight);
  expect(atEnd).toBeLessThanOrEqual(20);
});
