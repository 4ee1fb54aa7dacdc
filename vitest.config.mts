import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// server-only throws outside a React server bundle; tests import server modules directly.
const alias = { "@": root.replace(/\/$/, ""), "server-only": `${root}e2e/support/empty.ts` };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["e2e/api/**/*.test.ts"],
          environment: "node",
          globalSetup: ["e2e/support/server-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One engine and one Slipway serve the whole run; files run one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
