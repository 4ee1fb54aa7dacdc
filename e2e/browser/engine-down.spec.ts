import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { type RunningSlipway, startSlipway } from "../support/second-slipway";

// A Slipway pointed at a socket where no engine answers yet. The test then opens a
// relay to the real engine on that socket, as if Docker had just been started, and
// the page must recover without a reload.

const SOCKET = `/tmp/slipway-test-engine-${process.pid}.sock`;
const PORT = 7422;

let slipway: RunningSlipway;
let relay: ChildProcess | undefined;

test.beforeAll(async () => {
  rmSync(SOCKET, { force: true });
  slipway = await startSlipway(PORT, { DOCKER_HOST: `unix://${SOCKET}` });
});

test.afterAll(async () => {
  relay?.kill("SIGTERM");
  await slipway?.stop();
  rmSync(SOCKET, { force: true });
});

test("a page says where it looked for Docker and recovers when the engine comes up", async ({
  page,
}, testInfo) => {
  await page.goto(`${slipway.url}/images`);
  const banner = page.getByTestId("docker-down");
  await expect(banner).toContainText("The Docker engine is not reachable");
  await expect(banner).toContainText(`unix://${SOCKET}`);
  await expect(banner).toContainText("DOCKER_HOST");
  // The banner explains; the page itself says only that it waits.
  await expect(page.getByTestId("engine-waiting")).toHaveText("Waiting for the Docker engine…");
  await expect(page.getByText(/Cannot reach the Docker engine/)).toHaveCount(1);
  await expect(page.getByTestId("error-notice")).toHaveCount(0);
  await expect(page.getByTestId("images-empty")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("engine-down.png"), fullPage: true });

  relay = spawn("socat", [`UNIX-LISTEN:${SOCKET},fork`, "UNIX-CONNECT:/var/run/docker.sock"], {
    stdio: "ignore",
  });

  await expect(banner).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId("image-table")).toBeVisible();
  await expect(page.getByTestId("engine-badge")).toContainText("Docker ");
  await page.screenshot({ path: testInfo.outputPath("engine-up.png"), fullPage: true });
});
