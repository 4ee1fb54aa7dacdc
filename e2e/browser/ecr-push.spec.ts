import { expect, test } from "@playwright/test";
import { removeImageQuietly, testName } from "../support/docker";
import { DENYING_REGION, deleteStandInManifest } from "../support/ecr-stand-in";
import { MOTO_ACCOUNT } from "../support/moto";
import { removeTestRepository, waitForEcrImage } from "../support/moto/ecr";
import { buildRandomLayerImage } from "../support/registry";

// Pushes a local image from its page into a repository created in the dialog: a real
// push into the ECR stand-in, which the push recorder then records in moto.

const image = `${testName("push-ui")}:v3`;
const repository = `${testName("push-ui-repo")}/app`;
let pushed: { uri: string; digest: string } | null = null;

test.beforeAll(async () => {
  await buildRandomLayerImage(image, 2048);
});

test.afterAll(async () => {
  if (pushed) {
    await deleteStandInManifest(pushed.uri, pushed.digest);
    await removeImageQuietly(`${pushed.uri}:v3`);
  }
  await removeTestRepository(repository);
  await removeImageQuietly(image);
});

test("push an image from its page to a new ECR repository and find it there", async ({
  page,
}, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await page.goto(`/images/${encodeURIComponent(image)}`);
  await expect(page.getByTestId("image-details")).toBeVisible();
  await shot("image-page");

  await page.getByTestId("image-push-ecr").click();
  const dialog = page.getByTestId("push-dialog");
  await expect(dialog.getByTestId("push-tag")).toHaveValue("v3");
  await expect(dialog.getByTestId("push-submit")).toBeDisabled();

  await dialog.getByTestId("push-new-repository").click();
  await page.getByTestId("repository-name").fill(repository);
  await page.getByTestId("create-repository-submit").click();
  await expect(dialog.getByTestId("push-repository")).toHaveValue(repository);
  await shot("push-dialog");

  await dialog.getByTestId("push-submit").click();
  const done = dialog.getByTestId("push-done");
  await expect(done).toBeVisible();
  const uri = `${MOTO_ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${repository}`;
  await expect(dialog.getByTestId("push-image-uri")).toHaveText(`${uri}:v3`);
  const digest = (await dialog.getByTestId("push-digest").textContent()) ?? "";
  expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  pushed = { uri, digest };
  await expect(dialog.getByTestId("push-pinned-uri")).toHaveText(`${uri}@${digest}`);
  await expect(dialog.getByTestId("push-total")).toContainText(/Total: (\d+) of \1 layers/);
  const layer = dialog.getByTestId("push-layer").filter({ hasText: "Pushed" });
  await expect(layer.first().getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  // Done: the dialog offers to close, not to push again.
  await expect(dialog.getByTestId("dialog-cancel")).toHaveText("Close");
  await expect(dialog.getByTestId("push-submit")).toHaveCount(0);
  await shot("push-done");

  // ECR lists a pushed image at once; here the harness records it a moment later.
  expect(await waitForEcrImage(repository, "v3")).toBe(digest);
  await dialog.getByTestId("push-repository-link").click();
  await expect(page).toHaveURL(new RegExp(`/ecr/${encodeURIComponent(repository)}$`));
  await expect(page.getByTestId("repository-uri")).toHaveText(uri);
  const row = page.getByTestId("image-row").filter({ hasText: "v3" });
  await expect(row).toContainText(digest.slice(0, 19));
  await shot("repository-with-image");
});

test("a repository deleted after it was picked is named as missing", async ({ page }, testInfo) => {
  const missing = `${testName("push-ui-gone")}/app`;
  await page.goto(`/images/${encodeURIComponent(image)}`);
  await page.getByTestId("image-push-ecr").click();
  const dialog = page.getByTestId("push-dialog");
  // A repository deleted after the list was read: refused before any byte moves.
  await dialog.getByTestId("push-new-repository").click();
  await page.getByTestId("repository-name").fill(missing);
  await page.getByTestId("create-repository-submit").click();
  await expect(dialog.getByTestId("push-repository")).toHaveValue(missing);
  await removeTestRepository(missing);

  await dialog.getByTestId("push-submit").click();
  const failure = dialog.getByTestId("push-failure");
  await expect(failure).toContainText(`Unable to push to ${missing}`);
  await expect(failure).toContainText("RepositoryNotFoundException");
  await expect(dialog.getByTestId("push-done")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("push-refused.png"), fullPage: true });
});

test("a push the registry refuses inside the stream reads as a failure (E1)", async ({
  page,
}, testInfo) => {
  const denied = `${testName("push-ui-denied")}/app`;
  // The stand-in for this region refuses the token's password, as a registry refuses
  // wrong credentials: the engine answers 200 and reports the refusal in its stream.
  await page.goto("/ecr");
  await page.getByTestId("aws-region").selectOption(DENYING_REGION);
  await expect(page.getByTestId("aws-identity")).toContainText(MOTO_ACCOUNT);
  try {
    await page.goto(`/images/${encodeURIComponent(image)}`);
    await page.getByTestId("image-push-ecr").click();
    const dialog = page.getByTestId("push-dialog");
    await expect(dialog).toContainText(`ECR repositories in ${DENYING_REGION}`);
    await dialog.getByTestId("push-new-repository").click();
    await page.getByTestId("repository-name").fill(denied);
    await page.getByTestId("create-repository-submit").click();
    await expect(dialog.getByTestId("push-repository")).toHaveValue(denied);

    await dialog.getByTestId("push-submit").click();
    const failure = dialog.getByTestId("push-failure");
    await expect(failure).toContainText(`Unable to push to ${denied}`);
    await expect(failure).toContainText("refused the credentials of ECR's authorization token");
    await expect(failure).toContainText("unauthorized");
    await expect(dialog.getByTestId("push-done")).toHaveCount(0);
    // A refused push shows no layer stuck at "Preparing".
    await expect(dialog.getByTestId("push-layer")).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("push-denied.png"), fullPage: true });
    // Editing the tag clears the old error.
    await dialog.getByTestId("push-tag").fill("v4");
    await expect(failure).toHaveCount(0);
  } finally {
    await removeTestRepository(denied, DENYING_REGION);
    await removeImageQuietly(
      `${MOTO_ACCOUNT}.dkr.ecr.${DENYING_REGION}.amazonaws.com/${denied}:v3`,
    );
  }
});
