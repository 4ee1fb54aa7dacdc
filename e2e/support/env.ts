import path from "node:path";

// Fixed addresses of the test run (see ../shared/TESTING.md).
export const SLIPWAY_URL = process.env.SLIPWAY_TEST_URL ?? "http://127.0.0.1:7421";
export const BASE_IMAGE = process.env.SLIPWAY_TEST_BASE_IMAGE ?? "slipway-test/busybox:latest";
export const TEST_LABEL = "slipway-test";
/** The test server's run folder (scripts/test-server.sh); its data folder is `data/`. */
export const RUN_DIR = process.env.SLIPWAY_TEST_RUN_DIR ?? path.resolve(".slipway-test");
