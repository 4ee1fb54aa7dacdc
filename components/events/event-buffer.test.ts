import { describe, expect, it } from "vitest";
import type { EngineEvent } from "@/lib/events/types";
import { EventBuffer, matchesEvent } from "./event-buffer";

const event = (time: number, more: Partial<EngineEvent> = {}): EngineEvent => ({
  type: "container",
  action: "start",
  id: `id-${time}`,
  name: `web-${time}`,
  time,
  attributes: { image: "busybox", name: `web-${time}` },
  ...more,
});

describe("EventBuffer", () => {
  it("keeps the newest events within its capacity and counts the dropped", () => {
    const buffer = new EventBuffer(3);
    buffer.add([1, 2, 3, 4, 5].map((t) => event(t)));
    expect(buffer.events.map((e) => e.time)).toEqual([3, 4, 5]);
    expect(buffer.dropped).toBe(2);
  });

  it("holds arrivals while paused and adds them on resume", () => {
    const buffer = new EventBuffer();
    buffer.add([event(1)]);
    buffer.pause();
    buffer.add([event(2), event(3)]);
    expect(buffer.events.map((e) => e.time)).toEqual([1]);
    expect(buffer.held).toHaveLength(2);

    buffer.resume();
    expect(buffer.events.map((e) => e.time)).toEqual([1, 2, 3]);
    expect(buffer.held).toHaveLength(0);
  });

  it("bounds what it holds while paused", () => {
    const buffer = new EventBuffer(2);
    buffer.pause();
    buffer.add([1, 2, 3].map((t) => event(t)));
    expect(buffer.held.map((e) => e.time)).toEqual([2, 3]);
    expect(buffer.dropped).toBe(1);
  });

  it("skips events a reconnect replays", () => {
    const buffer = new EventBuffer();
    buffer.add([event(1), event(2)]);
    buffer.add([event(2), event(3)]);
    expect(buffer.events.map((e) => e.time)).toEqual([1, 2, 3]);
    expect(buffer.lastTime).toBe(3);
  });
});

describe("matchesEvent", () => {
  const all = { types: [], action: "", text: "" };

  it("filters by type, by part of the action and by text in any attribute", () => {
    const die = event(1, { action: "die", attributes: { exitCode: "137" } });
    expect(matchesEvent(die, { ...all, types: ["network"] })).toBe(false);
    expect(matchesEvent(die, { ...all, types: ["container"], action: "DI" })).toBe(true);
    expect(matchesEvent(die, { ...all, action: "start" })).toBe(false);
    expect(matchesEvent(die, { ...all, text: "exitcode=137" })).toBe(true);
    expect(matchesEvent(die, { ...all, text: "web-1" })).toBe(true);
    expect(matchesEvent(die, { ...all, text: "nothing-like-it" })).toBe(false);
  });
});
