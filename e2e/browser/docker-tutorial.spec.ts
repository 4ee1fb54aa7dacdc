import net from "node:net";
import path from "node:path";
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { docker, removeImageQuietly, testName } from "../support/docker";

// The Docker half of the container tutorial, by clicking, from a state where none of
// the test's images exist: build the fixture app from its folder, run it with a port
// mapping, open it through the link, read its logs, stop and remove it, remove the
// image. A screenshot of each page is kept.

const FIXTURE = path.resolve(__dirname, "../fixtures/tutorial-app");
const IMAGE = `slipway-test-tutorial-${process.pid}:e2e`;
const CONTAINER = testName("tutorial");

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

test.beforeAll(async () => {
  await removeImageQuietly(IMAGE);
});

test.afterAll(async () => {
  await docker
    .getContainer(CONTAINER)
    .remove({ force: true })
    .catch(() => undefined);
  await removeImageQuietly(IMAGE);
});

test("build, run, open, read the logs, stop and remove, all by clicking", async ({
  page,
}, testInfo) => {
  const port = await freePort();

  // 1. Build the image from the folder with the Dockerfile.
  await page.goto(`/build?context=${encodeURIComponent(FIXTURE)}`);
  await page.getByTestId("build-tag").fill(IMAGE);
  await page.getByTestId("build-submit").click();
  await expect(page.getByTestId("build-status")).toHaveAttribute("data-state", "succeeded", {
    timeout: 120_000,
  });
  await expect(page.getByTestId("build-output")).toContainText("EXPOSE 8000");
  await shot(page, testInfo, "1-build");

  // 2. The image's page: its exposed port and command.
  await page.getByTestId("build-image-link").click();
  await expect(page.getByTestId("image-ports")).toContainText("8000/tcp");
  await expect(page.getByTestId("image-cmd")).toContainText("/app/serve.sh");
  await shot(page, testInfo, "2-image");

  // 3. The images list has it; run it from there with a port mapping.
  await page.goto("/images");
  const imageRow = page.getByTestId(`image-row-${IMAGE}`);
  await expect(imageRow).toBeVisible();
  await shot(page, testInfo, "3-images");
  await imageRow.getByTestId("image-run").click();
  await expect(page.getByTestId("run-image")).toHaveValue(IMAGE);
  await page.getByTestId("run-name").fill(CONTAINER);
  await page.getByTestId("run-port-0").fill(`127.0.0.1:${port}:8000`);
  await shot(page, testInfo, "4-run-dialog");
  await page.getByTestId("run-submit").click();

  const row = page.getByTestId(`container-row-${CONTAINER}`);
  await expect(row.getByTestId("state-badge")).toHaveText("running");
  const link = row.getByTestId("port-link");
  await expect(link).toHaveAttribute("href", new RegExp(`^http://127\\.0\\.0\\.1:${port}/?$`));
  await shot(page, testInfo, "5-containers");

  // 4. Open the app through the mapping and see its JSON.
  const app = await page.context().newPage();
  await app.goto(`http://127.0.0.1:${port}/`);
  await expect(app.locator("body")).toContainText('"message":"Hello from the tutorial app"');
  await app.goto(`http://127.0.0.1:${port}/data`);
  await expect(app.locator("body")).toContainText('"name":"beta"');
  await shot(app, testInfo, "6-app");
  await app.close();

  // 5. Its logs show the requests just made.
  await row.getByTestId("container-link").click();
  await page.getByTestId("tab-logs").click();
  const logs = page.getByTestId("log-viewer");
  await expect(logs).toContainText("GET / 200");
  await expect(logs).toContainText("GET /data 200");
  await shot(page, testInfo, "7-logs");

  // 6. Stop it, remove it, remove the image.
  await page.getByTestId("action-stop").click();
  await expect(page.getByTestId("state-badge").first()).toHaveText("exited");
  await page.getByTestId("action-remove").click();
  await page.getByTestId("confirm").click();
  await expect(page).toHaveURL(/\/containers$/);
  await expect(page.getByTestId(`container-row-${CONTAINER}`)).toHaveCount(0);
  await shot(page, testInfo, "8-removed");

  await page.goto("/images");
  await page.getByTestId(`image-row-${IMAGE}`).getByTestId("image-remove").click();
  await page.getByTestId("confirm").click();
  await expect(page.getByTestId(`image-row-${IMAGE}`)).toHaveCount(0);
  await shot(page, testInfo, "9-image-removed");
  await expect(docker.getImage(IMAGE).inspect()).rejects.toMatchObject({ statusCode: 404 });
});
