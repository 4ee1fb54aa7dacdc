import { expect, test } from "@playwright/test";
import { testName } from "../support/docker";

// The Ship form's refusal is about the values sent: once the user edits a field or
// switches the source, the old error goes away.

test("an edit clears the Ship form's old error", async ({ page }, testInfo) => {
  const shot = (name: string) =>
    page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const cluster = testName("nocluster");
  await page.goto(`/ship?cluster=${cluster}&service=${testName("nosvc")}`);
  await page.getByTestId("ship-source-folder").click();
  await page.getByTestId("ship-folder").fill("/no/such/slipway/folder");
  await page.getByTestId("ship-repository").fill(testName("norepo"));
  await page.getByTestId("ship-tag").fill("v1");
  await page.getByTestId("ship-submit").click();
  const notice = page.getByTestId("error-notice");
  await expect(notice).toContainText("does not exist");
  await shot("ship-form-error");

  await page.getByTestId("ship-tag").fill("v2");
  await expect(notice).toHaveCount(0);
  await page.getByTestId("ship-submit").click();
  await expect(notice).toContainText("does not exist");
  await page.getByTestId("ship-source-image").click();
  await expect(notice).toHaveCount(0);
  await shot("ship-form-cleared");
});
