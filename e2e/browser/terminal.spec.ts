import path from "node:path";
import { expect, type Locator, type Page, type TestInfo, test } from "@playwright/test";
import { buildFolder, cleanUpBuilds, testTag } from "../support/build";
import { docker, removeTestResources, testLabels, testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";
import { eventually } from "../support/http";
import { processCommands, runningExecs, startSleeper } from "../support/terminal";

// The container terminal in Chromium, into the tutorial fixture app: type a command
// and read its answer, follow the window's size, and leave nothing running in the
// container whether the terminal is disconnected or its browser tab is closed.

const FIXTURE = path.resolve(__dirname, "../fixtures/tutorial-app");
let containerId: string;
let ownProcesses: string[];

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** The container page's Terminal tab, connected to the image's shell. */
async function connect(page: Page, id = containerId) {
  await page.goto(`/containers/${id}`);
  await page.getByTestId("tab-terminal").click();
  await expect(page.getByTestId("terminal-status")).toHaveText("Not connected.");
  await page.getByTestId("terminal-connect").click();
  await expect(page.getByTestId("terminal-status")).toContainText("Connected: sh (pid ");
  return page.getByTestId("terminal-screen").locator(".xterm-rows");
}

async function typeLine(page: Page, line: string) {
  await page.getByTestId("terminal-screen").click();
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
}

/** The engine's view: only the app's own process, and no exec still running. */
async function expectNothingLeft() {
  await eventually(async () => {
    expect(await processCommands(containerId)).toEqual(ownProcesses);
    expect(await runningExecs(containerId)).toEqual([]);
  }, 10_000);
}

test.beforeAll(async () => {
  const tag = testTag("terminal-app");
  const build = await buildFolder({ context: FIXTURE, tag });
  expect(build.last).toMatchObject({ type: "done" });
  const container = await docker.createContainer({
    name: testName("terminal-app"),
    Image: tag,
    Labels: testLabels,
  });
  await container.start();
  containerId = container.id;
  ownProcesses = await processCommands(containerId);
});

test.afterAll(async () => {
  await removeTestResources();
  await cleanUpBuilds();
});

test("types into the container's shell and ends it on disconnect", async ({ page }, testInfo) => {
  const screen = await connect(page);
  await typeLine(page, "echo slipway-$((6*7))");
  await expect(screen).toContainText("slipway-42");
  // Colours: the TTY's escape sequences reach xterm, which draws ANSI red (colour 1).
  await typeLine(page, "printf '\\033[31mred-text\\033[0m\\n'");
  await expect(screen.locator(".xterm-fg-1", { hasText: "red-text" })).toBeVisible();
  // Line editing: the shell takes the cursor keys the terminal sends.
  await page.keyboard.type("echo left-rght");
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowLeft");
  await page.keyboard.type("i");
  await page.keyboard.press("Enter");
  await expect(screen).toContainText("left-right");
  await typeLine(page, "sleep 1234 &");
  await eventually(async () => {
    expect(await processCommands(containerId)).toContain("sleep 1234");
  });
  await shot(page, testInfo, "terminal-connected");

  await page.getByTestId("terminal-disconnect").click();
  await expect(page.getByTestId("terminal-status")).toContainText(
    /Ended processes \d+, \d+ in the container with SIGHUP\./,
  );
  await expectNothingLeft();
  await shot(page, testInfo, "terminal-ended");
});

/** The last `rows cols` line `stty size` printed on the screen. */
async function sttySize(screen: Locator): Promise<string | undefined> {
  // xterm's DOM renderer draws each row of the screen as one div.
  const lines = (await screen.locator(":scope > div").allTextContents()).map((l) => l.trim());
  return lines.filter((l) => /^\d+ \d+$/.test(l)).at(-1);
}

test("follows the window's size", async ({ page }) => {
  const screen = await connect(page);
  await typeLine(page, "stty size");
  await expect.poll(() => sttySize(screen)).toMatch(/^\d+ \d+$/);
  const before = await sttySize(screen);

  await page.setViewportSize({ width: 900, height: 700 });
  // The resize reaches the TTY a moment later: ask again until the new size shows.
  await expect
    .poll(
      async () => {
        await typeLine(page, "clear; stty size");
        await page.waitForTimeout(300);
        return sttySize(screen);
      },
      { timeout: 15_000 },
    )
    .not.toBe(before);
  expect(await sttySize(screen)).toMatch(/^\d+ \d+$/);
  await page.getByTestId("terminal-disconnect").click();
  await expectNothingLeft();
});

test("ends the process when the browser tab closes", async ({ context }) => {
  const page = await context.newPage();
  await connect(page);
  await typeLine(page, "sleep 4321");
  await eventually(async () => {
    expect(await processCommands(containerId)).toContain("sleep 4321");
  });
  await page.close();
  await expectNothingLeft();
});

test("says a stopped container has no terminal", async ({ page }, testInfo) => {
  const stopped = await docker.createContainer({
    name: testName("terminal-stopped"),
    Image: BASE_IMAGE,
    Cmd: ["true"],
    Labels: testLabels,
  });
  await page.goto(`/containers/${stopped.id}`);
  await page.getByTestId("tab-terminal").click();
  await expect(page.getByTestId("terminal-not-running")).toBeVisible();
  await expect(page.getByTestId("terminal-connect")).toBeDisabled();
  await shot(page, testInfo, "terminal-not-running");
});

test("says a paused container's terminal waits for its unpause", async ({ page }, testInfo) => {
  const container = await startSleeper(testName("terminal-paused"));
  await connect(page, container.id);
  await typeLine(page, "sleep 1201 &");
  await eventually(async () => {
    expect(await processCommands(container.id)).toContain("sleep 1201");
  });
  await container.pause();
  const status = page.getByTestId("terminal-status");
  await expect(status).toHaveText(
    "The container is paused: the terminal's process is frozen until you unpause it.",
  );
  await shot(page, testInfo, "terminal-paused");

  // Ended while paused: the processes wait for the unpause, and the page says so.
  await page.getByTestId("terminal-disconnect").click();
  await expect(status).toContainText(
    /^The container is paused: processes \d+, \d+ keep running until it is unpaused/,
  );
  await expect(page.getByTestId("terminal-not-running")).toHaveText(
    "The container is paused: unpause it to use the terminal.",
  );
  await expect(page.getByTestId("terminal-connect")).toBeDisabled();
  await shot(page, testInfo, "terminal-ended-while-paused");
  await container.unpause();
  await eventually(async () => {
    expect(await processCommands(container.id)).toEqual(["sleep 600"]);
  });
});
