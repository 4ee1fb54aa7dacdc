import { expect, test } from "@playwright/test";

// A user who works only with Docker may have no AWS credentials at all: Docker pages
// ask nothing of AWS (an identity call would fail with 503 there, and the browser
// logs every failed request in its console), and they leave the console clean.

const DOCKER_PAGES = ["/containers", "/images", "/volumes", "/networks", "/events", "/system"];

test("Docker pages make no AWS call and log no console error", async ({ page }, testInfo) => {
  const awsCalls: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/api/aws/")) awsCalls.push(pathname);
  });
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  for (const path of DOCKER_PAGES) {
    await page.goto(path);
    await expect(page.getByTestId("engine-badge")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The header's queries start as it mounts; give their answers a moment to land.
    await page.waitForTimeout(500);
    await page.screenshot({ path: testInfo.outputPath(`quiet${path.replace(/\//g, "-")}.png`) });
  }

  expect(awsCalls).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
