import { describe, expect, it } from "vitest";
import { niceBytesCeil, niceCeil } from "./scale";

describe("a chart's scale", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceCeil(100)).toBe(100);
    expect(niceCeil(101)).toBe(200);
    expect(niceCeil(37.4)).toBe(50);
    expect(niceCeil(0.3)).toBe(0.5);
    expect(niceCeil(2.2)).toBe(2.5);
    expect(niceCeil(0)).toBe(1);
  });

  it("rounds bytes in the unit they are shown in", () => {
    const MB = 1024 ** 2;
    expect(niceBytesCeil(37.4 * MB)).toBe(50 * MB);
    expect(niceBytesCeil(1010 * MB)).toBe(1024 * MB);
    expect(niceBytesCeil(700)).toBe(1000);
  });
});
