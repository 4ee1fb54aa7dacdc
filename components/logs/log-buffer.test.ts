import { describe, expect, it } from "vitest";
import { LogBuffer } from "@/components/logs/log-buffer";

const E = "\u001b";

describe("the lines a log view keeps", () => {
  it("keeps the newest lines up to its capacity and counts those dropped", () => {
    const buffer = new LogBuffer(3);
    buffer.append(["1", "2", "3", "4", "5"].map((text) => ({ stream: "stdout", text })));
    expect(buffer.lines.map((l) => l.plain)).toEqual(["3", "4", "5"]);
    expect(buffer.lines.map((l) => l.id)).toEqual([3, 4, 5]);
    expect(buffer.dropped).toBe(2);
  });

  it("carries a colour left open on one line into the next line of the same stream", () => {
    const buffer = new LogBuffer();
    buffer.append([
      { stream: "stdout", text: `${E}[32mgreen` },
      { stream: "stderr", text: "plain error" },
      { stream: "stdout", text: `still green${E}[0m` },
    ]);
    expect(buffer.lines.map((l) => l.segments[0]?.style.fg)).toEqual([
      "#4ade80",
      undefined,
      "#4ade80",
    ]);
  });

  it("skips lines it already has after a reconnect", () => {
    const buffer = new LogBuffer();
    const a = { stream: "stdout" as const, time: "2024-05-01T10:00:00.000000001Z", text: "a" };
    const b = { stream: "stdout" as const, time: "2024-05-01T10:00:00.000000002Z", text: "b" };
    buffer.append([a]);
    buffer.append([a, b], true);
    expect(buffer.lines.map((l) => l.plain)).toEqual(["a", "b"]);
  });

  it("after a reconnect from the last time, keeps other lines of that same moment", () => {
    const buffer = new LogBuffer();
    const time = "2024-05-01T10:00:00.123Z";
    const a = { stream: "stdout" as const, time, text: "a", origin: "task1/web" };
    const b = { stream: "stdout" as const, time, text: "b", origin: "task2/web" };
    buffer.append([a]);
    buffer.append([a, b], true);
    expect(buffer.lines.map((l) => `${l.origin} ${l.plain}`)).toEqual([
      "task1/web a",
      "task2/web b",
    ]);
  });

  it("keeps the text of escape-laden lines plain for search", () => {
    const buffer = new LogBuffer();
    buffer.append([{ stream: "stdout", text: `${E}[1mbold${E}[0m text` }]);
    expect(buffer.lines[0]?.plain).toBe("bold text");
  });
});
