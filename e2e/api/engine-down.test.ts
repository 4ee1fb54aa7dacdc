import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tarOf } from "../support/build";
import { type RunningSlipway, startSlipway } from "../support/second-slipway";

// A second Slipway pointed at a socket where no engine answers: the routes that
// stream must say so as an ordinary 503 before any stream starts.

const SOCKET = `/tmp/slipway-test-no-engine-${process.pid}.sock`;
const PORT = 7424;

let slipway: RunningSlipway;

beforeAll(async () => {
  rmSync(SOCKET, { force: true });
  slipway = await startSlipway(PORT, { DOCKER_HOST: `unix://${SOCKET}` });
});

afterAll(async () => {
  await slipway?.stop();
});

async function expectEngineDown(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get("content-type")).toContain("application/json");
  const { error } = (await response.json()) as { error: { code: string; message: string } };
  expect(error.code).toBe("docker_unavailable");
  expect(error.message).toContain(`unix://${SOCKET}`);
}

describe("building while the engine is down", () => {
  it("answers a folder build 503 docker_unavailable before the stream", async () => {
    const response = await fetch(`${slipway.url}/api/docker/images/build`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ context: "/tmp", tag: "slipway-test-down:v1" }),
    });
    await expectEngineDown(response);
  });

  it("answers an upload build 503 docker_unavailable before the stream", async () => {
    const archive = await tarOf({ Dockerfile: "FROM scratch\n" });
    const response = await fetch(
      `${slipway.url}/api/docker/images/build/upload?tag=slipway-test-down%3Av1`,
      {
        method: "POST",
        headers: { "Content-Type": "application/x-tar" },
        body: new Uint8Array(archive),
      },
    );
    await expectEngineDown(response);
  });
});
