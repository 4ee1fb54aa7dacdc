import { describe, expect, it } from "vitest";
import type { ImageSummary } from "@/lib/images/types";
import { describeImageCounts, filterImageRows, toImageRows } from "./image-rows";

function summary(overrides: Partial<ImageSummary>): ImageSummary {
  return {
    id: `sha256:${"c4".repeat(32)}`,
    shortId: "c4c4c4c4c4c4",
    tags: [],
    digests: [],
    size: 1,
    created: "2024-01-01T00:00:00.000Z",
    dangling: false,
    containers: [],
    labels: {},
    ...overrides,
  };
}

describe("toImageRows", () => {
  it("gives a multi-tagged image one row per tag, each naming the others", () => {
    const rows = toImageRows([summary({ tags: ["a:1", "localhost:5000/a:latest"] })]);
    expect(rows.map((r) => [r.ref, r.otherTags])).toEqual([
      ["a:1", ["localhost:5000/a:latest"]],
      ["localhost:5000/a:latest", ["a:1"]],
    ]);
  });

  it("names a dangling image by its short id", () => {
    const [row] = toImageRows([summary({ dangling: true })]);
    expect(row).toMatchObject({ ref: "c4c4c4c4c4c4", label: "<none>" });
  });

  it("names an image known only by digest by that digest", () => {
    const digest = `busybox@sha256:${"ab".repeat(32)}`;
    const [row] = toImageRows([summary({ digests: [digest] })]);
    expect(row).toMatchObject({ ref: digest, label: digest });
  });
});

describe("filterImageRows", () => {
  const rows = toImageRows([
    summary({ tags: ["web:1"], containers: [{ id: "x", name: "shop-front", state: "running" }] }),
    summary({ id: `sha256:${"3e".repeat(32)}`, shortId: "3e3e3e3e3e3e", dangling: true }),
  ]);

  it("hides dangling images when asked", () => {
    expect(filterImageRows(rows, "", false).map((r) => r.ref)).toEqual(["web:1"]);
  });

  it("finds an image by the name of a container using it", () => {
    expect(filterImageRows(rows, "SHOP", true).map((r) => r.ref)).toEqual(["web:1"]);
  });

  it("finds an image by id", () => {
    expect(filterImageRows(rows, "3e3e", true).map((r) => r.ref)).toEqual(["3e3e3e3e3e3e"]);
  });
});

describe("describeImageCounts", () => {
  it("counts images apart from their tags, and the dangling ones", () => {
    const images = [
      summary({ tags: ["app:v1", "app:latest"] }),
      summary({ tags: ["db:v2"] }),
      summary({ dangling: true }),
    ];
    expect(describeImageCounts(images)).toBe("3 images, 3 tags, 1 dangling");
    expect(describeImageCounts([summary({ tags: ["a:1"] })])).toBe("1 image, 1 tag, 0 dangling");
  });
});
