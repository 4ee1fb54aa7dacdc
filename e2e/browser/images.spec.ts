import { expect, test } from "@playwright/test";
import { docker, testLabels, testName } from "../support/docker";
import { BASE_IMAGE } from "../support/env";

// The images pages at a modest window width: a long name is cut short instead of
// widening the table, the actions stay in view, Remove is disabled with the reason
// while a running container uses the image; and the pages for what does not exist.

const repository = `slipway-test/${"long-name-".repeat(9)}${process.pid}`;
const image = `${repository}:${"v".repeat(40)}`;
const made: string[] = [];
let user = "";

test.use({ viewport: { width: 1100, height: 800 } });

test.beforeAll(async () => {
  const source = await docker.createContainer({
    name: testName("src"),
    Image: BASE_IMAGE,
    Cmd: ["true"],
    Labels: testLabels,
  });
  made.push(source.id);
  const [repo, tag] = [repository, image.slice(repository.length + 1)];
  await source.commit({ repo, tag, changes: ["LABEL slipway-test=1"] });

  user = testName(`user-with-a-long-name-${"x".repeat(20)}`);
  const running = await docker.createContainer({
    name: user,
    Image: image,
    Cmd: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"],
    Labels: testLabels,
  });
  made.push(running.id);
  await running.start();
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

test("a long name is cut short with a tooltip, and the row's actions stay in view", async ({
  page,
}) => {
  await page.goto("/images");
  await expect(page.getByRole("heading", { name: "Images" })).toBeVisible();
  await expect(
    page.getByText(/^(1 image|\d+ images), (1 tag|\d+ tags), \d+ dangling$/),
  ).toBeVisible();

  const row = page.getByTestId(`image-row-${image}`);
  const link = row.getByTestId("image-link");
  await expect(link).toHaveAttribute("title", image);
  const cut = await link.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut).toBe(true);
  // Cut, not crushed: the name column keeps a readable width.
  expect((await link.boundingBox())?.width ?? 0).toBeGreaterThan(150);

  const table = await page.getByTestId("image-table").boundingBox();
  expect((table?.x ?? 0) + (table?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(1100);
  const remove = await row.getByTestId("image-remove").boundingBox();
  expect((remove?.x ?? 0) + (remove?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(1100);

  const usedBy = row.getByTestId("image-used-by").locator("li").first();
  await expect(usedBy).toContainText("running");
  expect((await usedBy.boundingBox())?.height ?? 100).toBeLessThan(30);
  await page.screenshot({ path: test.info().outputPath("images-long-name.png") });
});

test("Remove is disabled, with the reason, while a running container uses the image", async ({
  page,
}) => {
  await page.goto("/images");
  await page.getByTestId(`image-row-${image}`).getByTestId("image-remove").click();
  const dialog = page.getByTestId("remove-dialog");
  await expect(dialog.getByTestId("removal-blocked")).toContainText(
    "Slipway refuses to remove it: with force the engine would only untag it and leave the " +
      "image dangling while the container runs.",
  );
  await expect(dialog.getByTestId("removal-blocked")).toContainText(user);
  await expect(dialog.getByTestId("confirm")).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath("remove-blocked.png") });
});

test("a missing image has a way back to the list", async ({ page }) => {
  await page.goto(`/images/${encodeURIComponent("slipway-test/no-such-image:1")}`);
  const notice = page.getByTestId("error-notice");
  await expect(notice).toContainText(/no such image: slipway-test\/no-such-image:1/i);
  // Words for people; the code stays for programs, off the screen.
  await expect(notice).toHaveAttribute("data-code", "not_found");
  await expect(notice).not.toContainText("not_found");
  await page.getByTestId("back-to-images").click();
  await expect(page).toHaveURL(/\/images$/);
});

test("an unknown address shows a dark not-found page with a link home", async ({ page }) => {
  await page.goto("/no-such-page-here");
  await expect(page.getByTestId("not-found")).toContainText("There is no page at this address");
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toMatch(/^rgba?\(255, 255, 255/);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  await page.screenshot({ path: test.info().outputPath("not-found.png") });
  await page.getByTestId("not-found-home").click();
  await expect(page).toHaveURL(/\/$/);
});

test("pages carry the Slipway icon", async ({ page, request }) => {
  await page.goto("/images");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href ?? "");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
