// Integration tests talk to a production build of Slipway on 127.0.0.1:7421, which
// scripts/test.sh starts. Run alone, this setup says how to start one.
import { SLIPWAY_URL } from "./env";

export default async function setup() {
  try {
    const response = await fetch(`${SLIPWAY_URL}/api/health`, {
      signal: AbortSignal.timeout(5_000),
    });
    if (response.ok) return;
    throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    throw new Error(
      `No Slipway answers at ${SLIPWAY_URL} (${(error as Error).message}). ` +
        "Run `npm test` (it builds and starts one), or `bash scripts/test-server.sh start`.",
    );
  }
}
