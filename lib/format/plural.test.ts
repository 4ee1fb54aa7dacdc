import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("says 1 image, 0 images and 2 images", () => {
    expect(plural(1, "image")).toBe("1 image");
    expect(plural(0, "image")).toBe("0 images");
    expect(plural(2, "image")).toBe("2 images");
  });

  it("takes an irregular plural and groups thousands", () => {
    expect(plural(1, "match", "matches")).toBe("1 match");
    expect(plural(12_000, "older line")).toBe("12,000 older lines");
  });
});
