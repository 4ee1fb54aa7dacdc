import { describe, expect, it } from "vitest";
import { digestOf, PullTotals } from "@/lib/pull/layers";
import type { LayerProgressLine } from "@/lib/pull/lines";

const p = (id: string | undefined, status: string, current?: number, total?: number) =>
  ({ type: "progress", status, id, current, total }) as LayerProgressLine;

describe("PullTotals", () => {
  it("ignores lines that are not about a layer", () => {
    const totals = new PullTotals();
    expect(totals.read(p("v1", "Pulling from slipway-test-app"))).toBeNull();
    expect(totals.read(p("0123456789ab", "Pulling from team/app"))).toBeNull();
    expect(totals.read(p(undefined, "Digest: sha256:00"))).toBeNull();
    expect(totals.total()).toEqual({
      type: "total",
      current: 0,
      total: 0,
      layers: 0,
      layersDone: 0,
    });
  });

  it("adds up downloaded bytes of the layers whose size is known", () => {
    const totals = new PullTotals();
    totals.read(p("aaaaaaaaaaaa", "Pulling fs layer"));
    totals.read(p("bbbbbbbbbbbb", "Pulling fs layer"));
    totals.read(p("cccccccccccc", "Already exists"));
    totals.read(p("aaaaaaaaaaaa", "Downloading", 100, 1000));
    const line = totals.read(p("bbbbbbbbbbbb", "Downloading", 50, 500));
    expect(line).toEqual({ type: "total", current: 150, total: 1500, layers: 3, layersDone: 1 });
  });

  it("counts a layer whole once it is downloaded, extracting or complete", () => {
    const totals = new PullTotals();
    totals.read(p("aaaaaaaaaaaa", "Downloading", 10, 1000));
    totals.read(p("bbbbbbbbbbbb", "Downloading", 10, 500));
    totals.read(p("aaaaaaaaaaaa", "Download complete"));
    // Extracting reports bytes of the extraction, not of the download: it must not lower it.
    totals.read(p("aaaaaaaaaaaa", "Extracting", 3, 1000));
    expect(totals.total().current).toBe(1010);
    const last = totals.read(p("bbbbbbbbbbbb", "Pull complete"));
    expect(last).toMatchObject({ current: 1500, total: 1500, layersDone: 1, layers: 2 });
    expect(totals.read(p("aaaaaaaaaaaa", "Pull complete"))).toMatchObject({ layersDone: 2 });
  });
});

describe("digestOf", () => {
  it("reads the engine's digest line", () => {
    const digest = `sha256:${"d".repeat(64)}`;
    expect(digestOf(`Digest: ${digest}`)).toBe(digest);
    expect(digestOf("Status: Downloaded newer image for x:v1")).toBeUndefined();
  });
});
