import { expect, type Page, test } from "@playwright/test";
import { docker } from "../support/docker";
import { danglingImages, removeRunResources, runLabels } from "../support/resources";

// Disk usage and prune in Chromium: the test's own dangling images, selected by this
// run's label in the prune dialog, are previewed and then removed, and the result
// lists exactly the previewed images and the same total.

const { run, filter } = runLabels("prune-ui");
let dangling: string[] = [];

test.beforeAll(async () => {
  ({ dangling } = await danglingImages(run, 2));
});

test.afterAll(() => removeRunResources(run));

const itemIds = (page: Page, list: string) =>
  page
    .getByTestId(list)
    .getByTestId("prune-item")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-id") ?? "").sort());

test("prunes the test's dangling images, the result matching the preview", async ({ page }) => {
  await page.goto("/system");
  await expect(page.getByTestId("usage-images").getByTestId("usage-size")).toContainText("B");
  await page.screenshot({ path: test.info().outputPath("disk-usage.png") });

  await page.getByTestId("prune-open").click();
  await expect(page.getByTestId("prune-kind-images")).toBeChecked();
  await expect(page.getByTestId("prune-dangling")).toBeChecked();
  await page.getByTestId("prune-labels").fill(filter);
  await page.getByTestId("prune-preview").click();

  const previewTotal = page.getByTestId("prune-preview-total");
  await expect(previewTotal).toContainText("2 items would be removed, freeing");
  expect(await itemIds(page, "prune-preview-items")).toEqual([...dangling].sort());
  const freed = (await previewTotal.textContent())?.match(/freeing (.+)\.$/)?.[1];
  await page.screenshot({ path: test.info().outputPath("prune-preview.png") });

  await page.getByTestId("prune-run").click();

  await expect(page.getByTestId("prune-result-total")).toHaveText(
    `Removed 2 items, freeing ${freed}.`,
  );
  expect(await itemIds(page, "prune-removed-items")).toEqual([...dangling].sort());
  await expect(page.getByTestId("prune-skipped-items")).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("prune-result.png") });
  for (const id of dangling) {
    await expect(docker.getImage(id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  }
});

test("shows a preview with nothing to remove when the label matches nothing", async ({ page }) => {
  await page.goto("/system");
  await page.getByTestId("prune-open").click();
  await page.getByTestId("prune-labels").fill(`${filter}-nothing`);
  await page.getByTestId("prune-preview").click();
  await expect(page.getByTestId("prune-preview-total")).toHaveText(
    "Nothing matches: nothing would be removed.",
  );
  await expect(page.getByTestId("prune-run")).toBeDisabled();
});
