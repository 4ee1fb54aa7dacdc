import fs from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import {
  cleanUpBuilds,
  contextFolder,
  FROM_BASE,
  inspectTag,
  tarOf,
  testTag,
} from "../support/build";
import { docker } from "../support/docker";

test.afterAll(cleanUpBuilds);

test("builds a folder given in the address, with coloured output and a link to the image", async ({
  page,
}) => {
  const tag = testTag("page");
  const context = await contextFolder({
    Dockerfile: `${FROM_BASE}RUN printf '\\033[32mgreen-${Date.now()}\\033[0m\\n'\n`,
  });
  await page.goto(`/build?context=${encodeURIComponent(context)}`);
  await expect(page.getByTestId("build-context")).toHaveValue(context);

  await page.getByTestId("build-tag").fill(tag);
  await page.getByTestId("build-submit").click();

  const status = page.getByTestId("build-status");
  await expect(status).toHaveAttribute("data-state", "succeeded");
  const output = page.getByTestId("build-output");
  await expect(output.getByTestId("build-step").first()).toHaveText(/^Step 1\/3 : FROM /);
  await expect(output.locator("span[style]", { hasText: /^green-/ })).toHaveCSS(
    "color",
    "rgb(74, 222, 128)",
  );
  await expect(output).not.toContainText("\u001b");
  await expect(page.getByTestId("build-image-link")).toHaveAttribute(
    "href",
    `/images/${encodeURIComponent(tag)}`,
  );
  expect((await inspectTag(tag))?.Id).toContain(
    (await page.getByTestId("build-image-id").textContent()) ?? "none",
  );
});

test("shows a failed build with the engine's message and the failing step (D2)", async ({
  page,
}) => {
  const tag = testTag("page-fail");
  const context = await contextFolder({ Dockerfile: `${FROM_BASE}RUN exit 3\n` });
  await page.goto(`/build?context=${encodeURIComponent(context)}`);
  await page.getByTestId("build-tag").fill(tag);
  await page.getByTestId("build-submit").click();

  await expect(page.getByTestId("build-status")).toHaveAttribute("data-state", "failed");
  await expect(page.getByTestId("build-failure-step")).toHaveText("Step 3/3 : RUN exit 3");
  await expect(page.getByTestId("build-failure-message")).toContainText("non-zero code: 3");
  expect(await inspectTag(tag)).toBeNull();
});

test("refuses a folder that does not exist with the server's message", async ({ page }) => {
  await page.goto("/build?context=/nonexistent/slipway-test");
  await page.getByTestId("build-tag").fill(testTag("page-missing"));
  await page.getByTestId("build-submit").click();
  await expect(page.getByTestId("build-status")).toHaveAttribute("data-state", "refused");
  await expect(page.getByTestId("error-notice")).toContainText("/nonexistent/slipway-test");
});

test("cancels a running build, and the engine stops it", async ({ page }) => {
  const tag = testTag("page-cancel");
  const context = await contextFolder({
    Dockerfile: `${FROM_BASE}RUN echo page-cancel-${Date.now()} && sleep 30\n`,
  });
  await page.goto(`/build?context=${encodeURIComponent(context)}`);
  await page.getByTestId("build-tag").fill(tag);
  await page.getByTestId("build-submit").click();

  const running = page.getByTestId("build-output").getByText(/Running in [0-9a-f]{12}/);
  await expect(running).toBeVisible();
  const containerId = ((await running.textContent()) ?? "").match(/[0-9a-f]{12}/)?.[0] ?? "";
  await page.getByTestId("build-cancel").click();

  await expect(page.getByTestId("build-status")).toHaveAttribute("data-state", "cancelled");
  await expect
    .poll(
      () =>
        docker
          .getContainer(containerId)
          .inspect()
          .then(() => "present")
          .catch((error: { statusCode?: number }) => String(error.statusCode)),
      { timeout: 20_000 },
    )
    .toBe("404");
  expect(await inspectTag(tag)).toBeNull();
});

test("builds a folder chosen in the browser, after showing what .dockerignore leaves", async ({
  page,
}) => {
  const tag = testTag("page-browser");
  const context = await contextFolder({
    Dockerfile: `${FROM_BASE}COPY . /ctx/\nRUN ls /ctx\n`,
    ".dockerignore": "Dockerfile\nsecrets\n",
    "app.sh": "echo app\n",
    "secrets/token.txt": "do not send",
  });
  await page.goto("/build");
  await page.getByTestId("build-source-browser").check();
  await page.getByTestId("build-folder").setInputFiles(context);
  await expect(page.getByTestId("build-context-summary")).toContainText(
    "3 files, 4.0 kB to send (1 left out by .dockerignore)",
  );

  await page.getByTestId("build-tag").fill(tag);
  await page.getByTestId("build-submit").click();
  await expect(page.getByTestId("build-status")).toHaveAttribute("data-state", "succeeded");
  await expect(page.getByTestId("build-output")).toContainText("app.sh");
  await expect(page.getByTestId("build-output")).not.toContainText("secrets");
});

test("builds an uploaded .tar.gz", async ({ page }) => {
  const tag = testTag("page-tgz");
  const marker = `from-a-tgz-${Date.now()}`;
  const folder = await contextFolder({});
  const archive = path.join(folder, "context.tar.gz");
  const tarball = await tarOf({ Dockerfile: `${FROM_BASE}RUN echo ${marker}\n` });
  await fs.writeFile(archive, gzipSync(tarball));

  await page.goto("/build");
  await page.getByTestId("build-source-archive").check();
  await page.getByTestId("build-archive").setInputFiles(archive);
  await page.getByTestId("build-tag").fill(tag);
  await page.getByTestId("build-submit").click();

  await expect(page.getByTestId("build-status")).toHaveAttribute("data-state", "succeeded");
  await expect(page.getByTestId("build-output")).toContainText(marker);
  expect(await inspectTag(tag)).not.toBeNull();
});
