import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { Mailbox } from "@/lib/http/mailbox";
import { createStatsHub, type StatsUpdate } from "@/lib/stats/hub";
import type { EngineStats } from "@/lib/stats/math";

// The hub's lifecycle against a fake engine stream: a mailbox the test feeds.

function fakeEngine() {
  const opened: { id: string; box: Mailbox<EngineStats>; signal: AbortSignal }[] = [];
  const open = (id: string, signal: AbortSignal) => {
    const box = new Mailbox<EngineStats>();
    opened.push({ id, box, signal });
    return box.drain(signal);
  };
  return { open, opened };
}

const doc = (memory: number): EngineStats => ({ memory_stats: { usage: memory, limit: 10 } });
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

function collector() {
  const updates: StatsUpdate[] = [];
  return { updates, listener: (u: StatsUpdate) => updates.push(u) };
}

describe("stats hub", () => {
  it("opens one engine stream per container for every subscriber", async () => {
    const engine = fakeEngine();
    const hub = createStatsHub(engine.open, 10);
    const a = collector();
    const b = collector();
    hub.subscribe("c1", "local", a.listener);
    hub.subscribe("c1", "local", b.listener);
    expect(engine.opened).toHaveLength(1);

    engine.opened[0]?.box.push(doc(5));
    await tick();
    expect(a.updates).toHaveLength(1);
    expect(b.updates).toEqual(a.updates);
  });

  it("gives a late subscriber the last sample at once", async () => {
    const engine = fakeEngine();
    const hub = createStatsHub(engine.open, 10);
    hub.subscribe("c1", "local", () => undefined);
    engine.opened[0]?.box.push(doc(7));
    await tick();
    const late = collector();
    hub.subscribe("c1", "local", late.listener);
    expect(late.updates).toMatchObject([{ sample: { memoryUsed: 7 } }]);
  });

  it("closes the engine stream after the last subscriber leaves, not before", async () => {
    const engine = fakeEngine();
    const hub = createStatsHub(engine.open, 20);
    const leaveA = hub.subscribe("c1", "local", () => undefined);
    const leaveB = hub.subscribe("c1", "local", () => undefined);
    leaveA();
    await new Promise((r) => setTimeout(r, 40));
    expect(engine.opened[0]?.signal.aborted).toBe(false);
    leaveB();
    expect(hub.feeds()).toEqual(["local/c1"]);
    await new Promise((r) => setTimeout(r, 40));
    expect(engine.opened[0]?.signal.aborted).toBe(true);
    expect(hub.feeds()).toEqual([]);
  });

  it("keeps the stream when someone subscribes again within the linger", async () => {
    const engine = fakeEngine();
    const hub = createStatsHub(engine.open, 30);
    hub.subscribe("c1", "local", () => undefined)();
    hub.subscribe("c1", "local", () => undefined);
    await new Promise((r) => setTimeout(r, 60));
    expect(engine.opened).toHaveLength(1);
    expect(engine.opened[0]?.signal.aborted).toBe(false);
  });

  it("tells every subscriber when the stream breaks, and opens anew afterwards", async () => {
    const engine = fakeEngine();
    const hub = createStatsHub(engine.open, 10);
    const a = collector();
    hub.subscribe("c1", "local", a.listener);
    engine.opened[0]?.box.fail(new AppError("not_found", "No such container: c1"));
    await tick();
    expect(a.updates).toEqual([
      { end: { kind: "failure", code: "not_found", message: "No such container: c1" } },
    ]);
    expect(hub.feeds()).toEqual([]);
    hub.subscribe("c1", "local", () => undefined);
    expect(engine.opened).toHaveLength(2);
  });

  it("sends end when the engine closes the stream", async () => {
    const engine = fakeEngine();
    const hub = createStatsHub(engine.open, 10);
    const a = collector();
    hub.subscribe("c1", "local", a.listener);
    engine.opened[0]?.box.close();
    await tick();
    expect(a.updates).toEqual([{ end: { kind: "end" } }]);
  });

  it("keeps one stream per engine for the same container id", () => {
    const engine = fakeEngine();
    const hub = createStatsHub(engine.open, 10);
    hub.subscribe("c1", "local", () => undefined);
    hub.subscribe("c1", "remote", () => undefined);
    expect(hub.feeds()).toEqual(["local/c1", "remote/c1"]);
    expect(engine.opened).toHaveLength(2);
  });
});
