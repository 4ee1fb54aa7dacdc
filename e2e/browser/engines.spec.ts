import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { SLIPWAY_URL } from "../support/env";

// Settings › Engines in Chromium: add the local engine again through a TCP listener
// (socat on 127.0.0.1), switch to it in the header, see the containers page load
// through it, switch back and remove it.

let socat: ChildProcess | undefined;
let port = 0;
const NAME = `slipway-test tcp ${process.pid}`;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: chosen } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return chosen;
}

test.beforeAll(async () => {
  port = await freePort();
  socat = spawn(
    "socat",
    [`TCP-LISTEN:${port},bind=127.0.0.1,fork,reuseaddr`, "UNIX-CONNECT:/var/run/docker.sock"],
    { stdio: "ignore" },
  );
  await new Promise((r) => setTimeout(r, 500));
});

test.afterAll(async () => {
  // Whatever the test left: its engines are removed through the API.
  const list = await fetch(`${SLIPWAY_URL}/api/docker/engines?ping=0`).then((r) => r.json());
  for (const engine of list.engines as { id: string; name: string }[]) {
    if (engine.name.startsWith(NAME)) {
      await fetch(`${SLIPWAY_URL}/api/docker/engines/${engine.id}`, { method: "DELETE" });
    }
  }
  if (socat?.pid) process.kill(socat.pid);
});

test("add a TCP engine, switch to it, see containers through it, switch back", async ({ page }) => {
  const address = `tcp://127.0.0.1:${port}`;
  await page.goto("/settings/engines");
  await page.getByTestId("engine-name").fill(NAME);
  await page.getByTestId("engine-address").fill(address);
  await page.getByTestId("engine-add").click();
  await expect(page.getByTestId("engine-added")).toContainText("it answers");

  const switcher = page.getByTestId("engine-switcher");
  await switcher.selectOption({ label: NAME });
  const badge = page.getByTestId("engine-badge");
  await expect(badge).toContainText(NAME);
  await expect(badge).toContainText(address);

  const listed = page.waitForResponse(
    (r) => new URL(r.url()).pathname === "/api/docker/containers" && r.request().method() === "GET",
  );
  await page.getByTestId("nav-containers").click();
  expect((await listed).status()).toBe(200);
  await expect(page).toHaveURL(/\/containers/);
  await expect(badge).toContainText(address);
  await expect(page.getByTestId("docker-down")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Containers" })).toBeVisible();
  // The page's data came through the TCP engine: the server says so for this browser.
  const health = await page.request.get("/api/health");
  expect((await health.json()).docker.endpoint).toBe(address);

  await switcher.selectOption("local");
  await expect(badge).toContainText("Local");
  await expect(badge).not.toContainText(address);
});

test("removing the engine in use asks first, then every view is on the local engine", async ({
  page,
}) => {
  // Its own engine: the same listener under another name for the host, so not a duplicate.
  const address = `tcp://localhost:${port}`;
  const added = await page.request.post("/api/docker/engines", {
    data: { name: `${NAME} removal`, address },
  });
  expect(added.status()).toBe(201);
  const { id } = (await added.json()) as { id: string };

  await page.goto("/settings/engines");
  await page.getByTestId("engine-switcher").selectOption(id);
  const badge = page.getByTestId("engine-badge");
  await expect(badge).toContainText(address);
  const row = page.getByTestId(`engine-row-${id}`);
  await expect(row).toContainText("active");

  await row.getByTestId("engine-remove").click();
  await expect(page.getByTestId("remove-engine-active")).toHaveText(
    "This browser works on this engine now: it switches to the local engine.",
  );
  await page.screenshot({ path: test.info().outputPath("engine-remove-active.png") });
  await page.getByTestId("confirm").click();

  // At once, without a navigation: the table, the header's badge and its switcher.
  await expect(row).toHaveCount(0);
  await expect(badge).toContainText("Local");
  await expect(badge).not.toContainText(address);
  await expect(page.locator(`[data-testid="engine-switcher"] option[value="${id}"]`)).toHaveCount(
    0,
  );
  await expect(page.getByTestId("engine-row-local")).toContainText("active");
  const health = await (await page.request.get("/api/health")).json();
  expect(health.docker.engine.id).toBe("local");
  await page.screenshot({ path: test.info().outputPath("engine-removed.png") });
});
