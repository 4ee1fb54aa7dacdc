import { expect, test } from "@playwright/test";
import { type RunningSlipway, startSlipway } from "../support/second-slipway";

// A Slipway started with SLIPWAY_TOKEN, on its own port: pages send the browser to the
// login page, the right token lands it where it was going, and the API asks for the
// token as a bearer or the session cookie.

const PORT = 7423;
const TOKEN = `slipway-test-token-${process.pid}-0123456789`;

let slipway: RunningSlipway;

test.beforeAll(async () => {
  slipway = await startSlipway(PORT, { SLIPWAY_TOKEN: TOKEN });
});

test.afterAll(async () => {
  await slipway?.stop();
});

test("a page asks for the token, and signing in lands on the page asked for", async ({
  page,
}, testInfo) => {
  await page.goto(`${slipway.url}/containers`);
  await expect(page).toHaveURL(/\/login\?next=%2Fcontainers$/);
  await expect(
    page.getByText("This Slipway was started with a token (SLIPWAY_TOKEN)"),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("login.png"), fullPage: true });

  await page.getByLabel("Token").fill("not-the-token-at-all");
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("error-notice")).toContainText("That token is not the one");
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Token").fill(TOKEN);
  await page.getByTestId("login-submit").click();
  await expect(page).toHaveURL(`${slipway.url}/containers`);
  await expect(page.getByRole("heading", { name: "Containers" })).toBeVisible();
  await expect(page.getByTestId("docker-down")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("signed-in.png"), fullPage: true });
});

test("the API answers 401 without the token and serves the bearer", async () => {
  const without = await fetch(`${slipway.url}/api/docker/containers`);
  expect(without.status).toBe(401);
  expect((await without.json()).error.code).toBe("unauthorized");

  const wrong = await fetch(`${slipway.url}/api/docker/containers`, {
    headers: { Authorization: "Bearer not-the-token-at-all" },
  });
  expect(wrong.status).toBe(401);

  const bearer = await fetch(`${slipway.url}/api/docker/containers`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(bearer.status).toBe(200);
  expect(Array.isArray(await bearer.json())).toBe(true);
});

test("a wrong token is answered slowly, the right one sets the session cookie", async () => {
  const started = Date.now();
  const wrong = await fetch(`${slipway.url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: "not-the-token-at-all" }),
  });
  expect(wrong.status).toBe(401);
  expect(Date.now() - started).toBeGreaterThanOrEqual(300);

  const right = await fetch(`${slipway.url}/api/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ token: TOKEN }),
  });
  expect(right.status).toBe(200);
  expect(right.headers.get("set-cookie")).toMatch(/^slipway_session=[0-9a-f]{64}; .*HttpOnly/);
});
