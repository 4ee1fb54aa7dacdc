import { describe, expect, it } from "vitest";
import { filterTerms, termsPattern } from "@/lib/ecs-logs/filter-terms";
import { instantMs } from "@/lib/ecs-logs/options";

describe("the words of a CloudWatch filter pattern", () => {
  it("takes bare words, quoted phrases and ? alternatives, not excluded words", () => {
    expect(filterTerms('ERROR "timed out" ?WARN -DEBUG -"health check"')).toEqual([
      "ERROR",
      "timed out",
      "WARN",
    ]);
  });

  it("marks nothing for JSON and space-delimited patterns", () => {
    expect(filterTerms('{ $.level = "error" }')).toEqual([]);
    expect(filterTerms("[ip, user, status=5*]")).toEqual([]);
  });

  it("marks case-sensitively, as CloudWatch matches", () => {
    const pattern = termsPattern(["Error"]);
    expect("Error error".match(pattern ?? /x/)).toEqual(["Error"]);
  });
});

describe("times the log routes take", () => {
  const now = Date.UTC(2024, 4, 1, 12, 0, 0);
  it("reads durations back from now, UNIX seconds, milliseconds and ISO times", () => {
    expect(instantMs("10m", now)).toBe(now - 600_000);
    expect(instantMs("1714564800", now)).toBe(1_714_564_800_000);
    expect(instantMs("1714564800123", now)).toBe(1_714_564_800_123);
    expect(instantMs("2024-05-01T12:00:00Z", now)).toBe(now);
    expect(instantMs("yesterday", now)).toBeNull();
  });
});
