import { afterAll, describe, expect, it } from "vitest";
import { docker, removeTestResources, startScriptContainer } from "../support/docker";
import { apiJson, eventually, readSse } from "../support/http";
import { labelledContainer, removeRunResources, runLabels } from "../support/resources";

afterAll(() => removeTestResources());

describe("GET /api/docker/events", () => {
  it("streams the engine's container events as they happen", async () => {
    let name = "";
    const events = readSse("/api/docker/events", (seen) =>
      seen.some((e) => {
        const data = e.data as { type: string; action: string; name: string | null };
        return data.type === "container" && data.action === "start" && data.name === name;
      }),
    );
    // Give the stream a moment to open before the engine acts.
    await new Promise((r) => setTimeout(r, 500));
    name = (await startScriptContainer("sleep 1")).name;

    const received = (await events).map((e) => e.data as Record<string, unknown>);
    const mine = received.filter((e) => e.name === name);
    expect(mine.map((e) => e.action)).toEqual(expect.arrayContaining(["create", "start"]));
    expect(mine[0]).toMatchObject({ type: "container", attributes: { "slipway-test": "1" } });
    expect(typeof mine[0]?.time).toBe("number");
  });

  it("closes the engine stream when the client goes away", async () => {
    const before = await apiJson<{ streams: { open: number } }>("GET", "/api/health");
    await readSse("/api/docker/events", () => false, 1_000);
    await eventually(async () => {
      const after = await apiJson<{ streams: { open: number } }>("GET", "/api/health");
      expect(after.body.streams.open).toBe(before.body.streams.open);
    });
  });
});

describe("GET /api/docker/events with filters", () => {
  it("passes the type filter to the engine: only network events arrive", async () => {
    const { run, labels } = runLabels("events");
    const since = Math.floor(Date.now() / 1000) - 1;
    try {
      const events = readSse(`/api/docker/events?type=network&since=${since}`, (seen) =>
        seen.some((e) => (e.data as { name: string }).name === `${run}-net`),
      );
      await labelledContainer(labels, { cmd: ["true"] });
      await docker.createNetwork({ Name: `${run}-net`, Labels: labels });

      const received = (await events).map((e) => e.data as { type: string; name: string });
      expect(received.length).toBeGreaterThan(0);
      expect(received.every((e) => e.type === "network")).toBe(true);
      expect(received.map((e) => e.name)).toContain(`${run}-net`);
    } finally {
      await removeRunResources(run);
    }
  });

  it("refuses an unknown type", async () => {
    const { status, body } = await apiJson<{ error: { message: string } }>(
      "GET",
      "/api/docker/events?type=containers",
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("a type is one of container");
  });
});
