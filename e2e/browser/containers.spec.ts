import net from "node:net";
import { expect, test } from "@playwright/test";
import { docker, testLabels, testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";

// The containers pages in Chromium: run from an image (as the images page links to
// it), follow the port link's address, read the masked env, stop and remove.

const SERVE =
  "mkdir -p /www && echo hello-from-slipway > /www/index.html && httpd -f -p 8000 -h /www";
const image = `slipway-test/ctr-browser-${process.pid}:v1`;
const made: string[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test.beforeAll(async () => {
  const source = await docker.createContainer({
    name: testName("src"),
    Image: BASE_IMAGE,
    Cmd: ["true"],
    Labels: testLabels,
  });
  made.push(source.id);
  const [repo, tag] = image.split(":");
  await source.commit({
    repo,
    tag,
    changes: ["EXPOSE 8000", `CMD ["sh", "-c", "${SERVE}"]`, "LABEL slipway-test=1"],
  });
});

test.afterAll(async () => {
  for (const id of made) {
    await docker
      .getContainer(id)
      .remove({ force: true, v: true })
      .catch(() => undefined);
  }
  await docker
    .getImage(image)
    .remove({ force: true })
    .catch(() => undefined);
});

test("runs an image with its exposed port, then stops and removes it", async ({ page }) => {
  const name = testName("ui");
  made.push(name);
  const port = await freePort();

  await page.goto(`/containers?run=${encodeURIComponent(image)}`);
  await expect(page.getByTestId("run-image")).toHaveValue(image);
  await expect(page.getByTestId("run-exposed")).toHaveText("Exposes 8000/tcp");
  await expect(page.getByTestId("run-port-0")).toHaveValue("127.0.0.1:8000:8000");

  await page.getByTestId("run-port-0").fill("127.0.0.1:99999:8000");
  await expect(page.getByTestId("run-port-error-0")).toContainText("host port 99999");
  await expect(page.getByTestId("run-submit")).toBeDisabled();
  await page.getByTestId("run-port-0").fill(`127.0.0.1:${port}:8000`);
  await page.getByTestId("run-name").fill(name);
  await page.getByTestId("run-add-env").click();
  await page.getByTestId("run-env-name-0").fill("API_TOKEN");
  await page.getByTestId("run-env-value-0").fill("browser-secret-1");
  await page.getByTestId("run-submit").click();

  await expect(page.getByTestId("run-result")).toContainText(name);
  await expect(page.getByTestId("run-result")).toHaveAttribute("data-state", "running");
  const row = page.getByTestId(`container-row-${name}`);
  await expect(row.getByTestId("state-badge")).toHaveText("running");
  const link = row.getByTestId("port-link");
  await expect(link).toHaveAttribute("href", `http://127.0.0.1:${port}`);
  await expect(link).toHaveText(`127.0.0.1:${port}→8000/tcp`);
  await page.screenshot({ path: test.info().outputPath("containers-list.png") });
  const served = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  expect(served.trim()).toBe("hello-from-slipway");

  await row.getByTestId("container-link").click();
  await expect(page.getByTestId("container-title")).toContainText(name);
  const token = page.getByTestId("env-API_TOKEN").getByTestId("env-value");
  await expect(token).toHaveText("••••••");
  await page.getByTestId("env-toggle").click();
  await expect(token).toHaveText("browser-secret-1");
  await page.screenshot({ path: test.info().outputPath("container-detail.png") });

  await page.getByTestId("tab-logs").click();
  await expect(page.getByTestId("logs-link")).toHaveAttribute("href", /\/containers\/.+\/logs$/);
  await page.getByTestId("tab-inspect").click();
  await expect(page.getByTestId("inspect-raw")).toContainText('"HostPort"');
  await page.screenshot({ path: test.info().outputPath("container-inspect.png") });

  await page.getByTestId("action-stop").click();
  await expect(page.getByTestId("container-title").getByTestId("state-badge")).toHaveText("exited");
  await page.getByTestId("action-remove").click();
  await page.getByTestId("remove-volumes").check();
  await page.getByTestId("confirm").click();
  await expect(page).toHaveURL(/\/containers$/);
  await expect(page.getByTestId(`container-row-${name}`)).toHaveCount(0);
});

test("keeps the run dialog open with the error when the host port is taken", async ({ page }) => {
  const holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
  const { port } = holder.address() as net.AddressInfo;
  const name = testName("ui-clash");
  made.push(name);
  try {
    await page.goto("/containers");
    await page.getByTestId("run-button").click();
    await page.getByTestId("run-image").fill(image);
    await expect(page.getByTestId("run-port-0")).toHaveValue("127.0.0.1:8000:8000");
    await page.getByTestId("run-port-0").fill(`127.0.0.1:${port}:8000`);
    await page.getByTestId("run-name").fill(name);
    await page.getByTestId("run-submit").click();

    const notice = page.getByTestId("run-dialog").getByTestId("error-notice");
    await expect(notice).toContainText(`Host port ${port}`);
    // The words say it; the code is for programs, not shown.
    await expect(notice).toHaveAttribute("data-code", "conflict");
    await expect(notice).not.toContainText("conflict");
    await expect(page.getByTestId("run-submit")).toBeVisible();
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
});

test("shows a run that exited at once in amber, with a link to its logs", async ({ page }) => {
  const name = testName("ui-quits");
  made.push(name);
  await page.goto(`/containers?run=${encodeURIComponent(image)}`);
  await expect(page.getByTestId("run-port-0")).toHaveValue("127.0.0.1:8000:8000");
  await page.getByTestId("run-port-remove-0").click();
  await page.getByTestId("run-name").fill(name);
  await page.getByTestId("run-command").fill("sh -c 'echo about to quit; exit 3'");
  await page.getByTestId("run-submit").click();

  const result = page.getByTestId("run-result");
  await expect(result).toContainText(name);
  await expect(result).toContainText("exit code 3");
  await expect(result).toHaveAttribute("data-state", "stopped");
  await expect(result).not.toContainText("Started");
  await expect(result).toHaveClass(/border-amber-700/);
  await expect(result).not.toHaveClass(/emerald/);
  await page.screenshot({ path: test.info().outputPath("run-exited.png") });

  await result.getByTestId("run-result-logs").click();
  await expect(page).toHaveURL(/\/containers\/[0-9a-f]{64}\/logs$/);
  await expect(page.getByText("about to quit")).toBeVisible();
});

test("checks the name, env names and command as they are typed, by their labels", async ({
  page,
}) => {
  await page.goto(`/containers?run=${encodeURIComponent(image)}`);
  const dialog = page.getByTestId("run-dialog");
  await expect(dialog.getByLabel("Image", { exact: true })).toHaveValue(image);
  const submit = page.getByTestId("run-submit");
  await expect(submit).toBeEnabled();

  await dialog.getByLabel("Name", { exact: true }).fill("-not-a-name");
  await expect(page.getByTestId("run-name-error")).toHaveText(
    "the name must start with a letter or digit and hold only letters, digits, _ . -",
  );
  await expect(submit).toBeDisabled();
  await dialog.getByLabel("Name", { exact: true }).fill(testName("ui-checks"));
  await expect(page.getByTestId("run-name-error")).toHaveCount(0);

  await page.getByTestId("run-add-env").click();
  await dialog.getByLabel("Env 1 name").fill("BAD NAME");
  await expect(page.getByTestId("run-env-name-error-0")).toHaveText(
    "an env name holds no '=', spaces or NUL",
  );
  await expect(submit).toBeDisabled();
  await dialog.getByLabel("Env 1 name").fill("GOOD_NAME");
  await expect(page.getByTestId("run-env-name-error-0")).toHaveCount(0);

  await dialog.getByLabel("Command", { exact: true }).fill(`sh -c "echo unclosed`);
  await expect(page.getByTestId("run-command-error")).toHaveText(
    'The command has an unclosed " quote',
  );
  await expect(submit).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath("run-dialog-checks.png") });
  await dialog.getByLabel("Command", { exact: true }).fill(`sh -c "echo closed"`);
  await expect(submit).toBeEnabled();
  await expect(dialog.getByLabel("Restart policy")).toHaveValue("no");
});
