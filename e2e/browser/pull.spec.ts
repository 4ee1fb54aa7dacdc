import { expect, test } from "@playwright/test";
import { docker, removeImageQuietly } from "../support/docker";
import {
  CLOSED_REGISTRY,
  deletePushedImages,
  pushFixtureImage,
  REGISTRY,
  REGISTRY_PASSWORD,
  REGISTRY_USER,
} from "../support/registry";

let reference = "";

test.beforeAll(async () => {
  reference = await pushFixtureImage();
});

test.afterAll(async () => {
  const base = process.env.SLIPWAY_TEST_URL ?? "http://127.0.0.1:7421";
  await fetch(`${base}/api/docker/registries/${encodeURIComponent(REGISTRY)}`, {
    method: "DELETE",
  }).catch(() => undefined);
  if (reference) await removeImageQuietly(reference);
  await deletePushedImages();
});

test("saves registry credentials, pulls with layer progress, and lists the image", async ({
  page,
}) => {
  await page.goto("/images");
  await page.getByTestId("open-registries").click();
  const registries = page.getByTestId("registries-dialog");
  await registries.getByTestId("registry-server").fill(REGISTRY);
  await registries.getByTestId("registry-username").fill(REGISTRY_USER);
  // A wrong password is tried against the registry and refused: nothing is saved.
  await registries.getByTestId("registry-password").fill("slipway-test-wrong-password");
  await registries.getByTestId("registry-save").click();
  await expect(registries.getByTestId("error-notice")).toContainText(
    `Registry ${REGISTRY} refused the login of ${REGISTRY_USER} (unauthorized)`,
  );
  await expect(registries.getByTestId("registry-row")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("registries-refused.png") });
  await registries.getByTestId("registry-password").fill(REGISTRY_PASSWORD);
  await registries.getByTestId("registry-save").click();
  await expect(registries.getByTestId("registry-row").filter({ hasText: REGISTRY })).toHaveText(
    `${REGISTRY} as ${REGISTRY_USER}`,
  );
  // The password is never filled back in nor shown.
  await expect(registries.getByTestId("registry-password")).toHaveValue("");
  await expect(registries).not.toContainText(REGISTRY_PASSWORD);
  await page.screenshot({ path: test.info().outputPath("registries.png") });
  await registries.getByRole("button", { name: "Close" }).first().click();

  await page.getByTestId("open-pull").click();
  const dialog = page.getByTestId("pull-dialog");
  await dialog.getByTestId("pull-reference").fill(reference);
  await dialog.getByTestId("pull-submit").click();

  await expect(dialog.getByTestId("pull-done")).toContainText(`Pulled ${reference}`);
  await expect(dialog.getByTestId("pull-total")).toContainText(/Total: (\d+) of \1 layers/);
  const layer = dialog.getByTestId("pull-layer").filter({ hasText: "Pull complete" });
  await expect(layer.first()).toBeVisible();
  await expect(layer.first().getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await page.screenshot({ path: test.info().outputPath("pull-done.png") });
  // Nothing left to cancel once the image is pulled.
  await expect(dialog.getByTestId("dialog-cancel")).toHaveText("Close");
  await dialog.getByTestId("dialog-cancel").click();

  await page.getByTestId("image-filter").fill(reference);
  await expect(page.getByTestId(`image-row-${reference}`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("images-after-pull.png") });
  expect((await docker.getImage(reference).inspect()).Id).toMatch(/^sha256:/);
});

test("a pull from a closed port says the registry cannot be reached", async ({ page }) => {
  await page.goto("/images");
  await page.getByTestId("open-pull").click();
  const dialog = page.getByTestId("pull-dialog");
  await dialog.getByTestId("pull-reference").fill(`${CLOSED_REGISTRY}/slipway-test-nothing:v1`);
  await dialog.getByTestId("pull-submit").click();
  const failure = dialog.getByTestId("pull-failure");
  await expect(failure).toContainText(`Cannot reach registry ${CLOSED_REGISTRY}`);
  await page.screenshot({ path: test.info().outputPath("pull-unreachable.png") });
});
