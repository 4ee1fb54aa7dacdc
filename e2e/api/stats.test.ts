import { afterAll, describe, expect, it } from "vitest";
import { docker, removeTestResources, startScriptContainer } from "../support/docker";
import { apiJson, eventually } from "../support/http";
import { openSse } from "../support/sse";

// Live stats against the real engine: a busy container shows CPU, the engine stream
// is shared and closed once nobody watches, and a removed container ends its stats.

afterAll(() => removeTestResources());

const BUSY = "while :; do :; done";
const openStreams = async () =>
  (await apiJson<{ streams: { open: number } }>("GET", "/api/health")).body.streams.open;

interface Sample {
  cpuPercent: number | null;
  memoryUsed: number;
  memoryLimit: number;
  networkRx: number;
  blockRead: number;
}

describe("GET /api/docker/containers/{id}/stats", () => {
  it("shows a busy container's CPU above zero, and closes the engine stream after", async () => {
    const before = await openStreams();
    const { id } = await startScriptContainer(BUSY);
    const stream = await openSse(`/api/docker/containers/${id}/stats`);
    expect(stream.status).toBe(200);
    const events = await stream.until((seen) =>
      seen.some((e) => ((e.data as Sample).cpuPercent ?? 0) > 0),
    );
    const sample = events.find((e) => ((e.data as Sample).cpuPercent ?? 0) > 0)?.data as Sample;
    expect(sample.memoryUsed).toBeGreaterThan(0);
    expect(sample.memoryLimit).toBeGreaterThan(sample.memoryUsed);
    expect(typeof sample.networkRx).toBe("number");
    expect(await openStreams()).toBeGreaterThan(before);

    stream.close();
    await eventually(async () => expect(await openStreams()).toBe(before), 20_000);
  });

  it("ends a removed container's stats with end or failure, never a hang", async () => {
    const { id, container } = await startScriptContainer("sleep 300");
    const stream = await openSse(`/api/docker/containers/${id}/stats`);
    await stream.until((seen) => seen.some((e) => e.event === "message"));
    await container.remove({ force: true });
    await stream.ended(20_000);
    expect(["end", "failure"]).toContain(stream.events.at(-1)?.event);
  });

  it("answers 404 for a container that does not exist", async () => {
    const { status, body } = await apiJson<{ error: { code: string } }>(
      "GET",
      "/api/docker/containers/slipway-test-no-such-container/stats",
    );
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("GET /api/live", () => {
  it("carries engine events and the listed containers' stats on one stream", async () => {
    const busy = await startScriptContainer(BUSY);
    const idle = await startScriptContainer("sleep 300");
    const stream = await openSse(`/api/live?stats=${busy.id},${idle.id}`);
    expect(stream.status).toBe(200);
    const statsOf = (id: string) =>
      stream.events.filter((e) => e.event === "stats" && (e.data as { id: string }).id === id);
    await stream.until(() => statsOf(busy.id).length > 0 && statsOf(idle.id).length > 0);

    await docker.getContainer(idle.id).remove({ force: true });
    await stream.until((seen) =>
      seen.some((e) => e.event === "engine" && (e.data as { id: string }).id === idle.id),
    );
    await stream.until((seen) =>
      seen.some((e) => e.event === "stats-end" && (e.data as { id: string }).id === idle.id),
    );
    // The busy one keeps coming after the other ended.
    const count = statsOf(busy.id).length;
    await stream.until(() => statsOf(busy.id).length > count);
    stream.close();
  });

  it("refuses an id that is not one", async () => {
    const { status } = await apiJson("GET", "/api/live?stats=../etc");
    expect(status).toBe(400);
  });
});
