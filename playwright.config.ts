import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser; Slipway itself is started by
// scripts/test.sh on the fixed test port.
export default defineConfig({
  testDir: "e2e/browser",
  outputDir: "test-results/e2e",
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/playwright.json" }]],
  use: {
    baseURL: process.env.SLIPWAY_TEST_URL ?? "http://127.0.0.1:7421",
    screenshot: "on",
    trace: "retain-on-failure",
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
