import { afterAll, describe, expect, it } from "vitest";
import { cleanUpBuilds, contextFolder, FROM_BASE, inspectTag, testTag } from "../support/build";
import { docker } from "../support/docker";
import { api, eventually, openStreams, readUntil } from "../support/http";

afterAll(cleanUpBuilds);

describe("cancelling a build", () => {
  it("stops the engine's build and its container when the client goes away", async () => {
    const before = await openStreams();
    const tag = testTag("cancel");
    const context = await contextFolder({
      Dockerfile: `${FROM_BASE}RUN echo cancel-${Date.now()} && sleep 30\n`,
    });
    const client = new AbortController();
    const response = await api("/api/docker/images/build", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ context, tag }),
      signal: client.signal,
    });
    const running = await readUntil(response, /Running in ([0-9a-f]{12})/);
    const containerId = running[1] as string;
    // The step sleeps 30 s: its container outliving the wait below means the build
    // went on after the client left.

    client.abort();

    await eventually(async () => {
      // The builder removes the step's container: not only stopped, gone.
      const status = await docker
        .getContainer(containerId)
        .inspect()
        .then((c) => (c.State.Running ? "running" : "stopped"))
        .catch((error: { statusCode?: number }) => (error.statusCode === 404 ? "gone" : "error"));
      expect(status).toBe("gone");
    }, 20_000);
    await eventually(async () => expect(await openStreams()).toBe(before));
    expect(await inspectTag(tag)).toBeNull();
  });
});
