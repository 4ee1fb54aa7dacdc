// Fixed addresses of the test run (see ../shared/TESTING.md).
export const SLIPWAY_URL = process.env.SLIPWAY_TEST_URL ?? "http://127.0.0.1:7421";
export const BASE_IMAGE = process.env.SLIPWAY_TEST_BASE_IMAGE ?? "slipway-test/busybox:latest";
export const TEST_LABEL = "slipway-test";
