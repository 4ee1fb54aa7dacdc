import { describe, expect, it } from "vitest";
import {
  compareEngineTimestamps,
  parseEngineTimestamp,
  sinceAfter,
  userSinceToEngine,
} from "@/lib/logs/timestamps";

describe("engine timestamps", () => {
  it("reads RFC3339Nano with all nine digits", () => {
    expect(parseEngineTimestamp("2024-05-01T10:20:30.123456789Z")).toEqual({
      seconds: 1714558830,
      nanos: 123456789,
    });
  });

  it("reads fewer digits and an offset", () => {
    expect(parseEngineTimestamp("2024-05-01T12:20:30.5+02:00")).toEqual({
      seconds: 1714558830,
      nanos: 500000000,
    });
  });

  it("rejects what is not a timestamp", () => {
    expect(parseEngineTimestamp("hello")).toBeNull();
    expect(parseEngineTimestamp("2024-05-01 10:20:30Z")).toBeNull();
  });

  it("asks for lines strictly after a given line, to the nanosecond", () => {
    expect(sinceAfter("2024-05-01T10:20:30.123456789Z")).toBe("1714558830.123456790");
    expect(sinceAfter("2024-05-01T10:20:30.999999999Z")).toBe("1714558831.000000000");
  });

  it("orders two stamps of one millisecond", () => {
    const a = "2024-05-01T10:20:30.123456789Z";
    const b = "2024-05-01T10:20:30.123456790Z";
    expect(compareEngineTimestamps(a, b)).toBeLessThan(0);
    expect(compareEngineTimestamps(b, a)).toBeGreaterThan(0);
  });
});

describe("since as a person writes it", () => {
  const now = Date.parse("2024-05-01T10:20:30Z");

  it("takes durations back from now", () => {
    expect(userSinceToEngine("10m", now)).toBe(String(1714558830 - 600));
    expect(userSinceToEngine("2h", now)).toBe(String(1714558830 - 7200));
    expect(userSinceToEngine("1d", now)).toBe(String(1714558830 - 86400));
  });

  it("takes UNIX seconds and RFC 3339 times", () => {
    expect(userSinceToEngine("1714558830", now)).toBe("1714558830");
    expect(userSinceToEngine("1714558830.25", now)).toBe("1714558830.25");
    expect(userSinceToEngine("2024-05-01T10:20:30Z", now)).toBe("1714558830.000000000");
  });

  it("refuses anything else", () => {
    expect(userSinceToEngine("yesterday", now)).toBeNull();
    expect(userSinceToEngine("10 minutes", now)).toBeNull();
  });
});
