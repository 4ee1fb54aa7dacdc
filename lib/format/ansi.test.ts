import { describe, expect, it } from "vitest";
import { parseAnsi, stripAnsi } from "./ansi";

describe("ANSI escapes", () => {
  it("strips colours, cursor moves and titles", () => {
    expect(stripAnsi("\u001b[31mred\u001b[0m \u001b[2Kline\u001b[1A \u001b]0;title\u0007ok")).toBe(
      "red line ok",
    );
  });

  it("splits text into styled runs", () => {
    expect(parseAnsi("a\u001b[1;31mb\u001b[39mc\u001b[0md")).toEqual([
      { text: "a", style: {} },
      { text: "b", style: { bold: true, fg: 1 } },
      { text: "c", style: { bold: true, fg: undefined } },
      { text: "d", style: {} },
    ]);
  });

  it("maps bright and 256-colour basics and skips true colour", () => {
    expect(parseAnsi("\u001b[92mx")[0]?.style.fg).toBe(10);
    expect(parseAnsi("\u001b[38;5;4mx")[0]?.style.fg).toBe(4);
    expect(parseAnsi("\u001b[38;2;1;2;3;1mx")[0]?.style).toEqual({ bold: true });
  });
});
