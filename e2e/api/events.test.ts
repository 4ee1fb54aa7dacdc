import { afterAll, describe, expect, it } from "vitest";
import { removeTestResources, startScriptContainer } from "../support/docker";
import { apiJson, eventually, readSse } from "../support/http";

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
