import { describe, expect, it } from "vitest";
import { isLayerDone, LayerTotals } from "@/lib/docker/layers";
import type { LayerProgressLine } from "@/lib/docker/progress-lines";
import { digestOf } from "@/lib/pull/digest";

const p = (id: string | undefined, status: string, current?: number, total?: number) =>
  ({ type: "progress", status, id, current, total }) as LayerProgressLine;

describe("layer totals of a pull", () => {
  it("ignores lines that are not about a layer", () => {
    const totals = new LayerTotals("pull");
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
    const totals = new LayerTotals("pull");
    totals.read(p("aaaaaaaaaaaa", "Pulling fs layer"));
    totals.read(p("bbbbbbbbbbbb", "Pulling fs layer"));
    totals.read(p("cccccccccccc", "Already exists"));
    totals.read(p("aaaaaaaaaaaa", "Downloading", 100, 1000));
    const line = totals.read(p("bbbbbbbbbbbb", "Downloading", 50, 500));
    expect(line).toEqual({ type: "total", current: 150, total: 1500, layers: 3, layersDone: 1 });
  });

  it("counts a layer whole once it is downloaded, extracting or complete", () => {
    const totals = new LayerTotals("pull");
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

// What Docker 20.10 sent pushing a two-layer image of which the registry held one.
describe("layer totals of a push", () => {
  it("adds up pushed bytes and counts layers pushed, present or mounted", () => {
    const totals = new LayerTotals("push");
    expect(totals.read(p(undefined, "The push refers to repository [x/app]"))).toBeNull();
    totals.read(p("aaaaaaaaaaaa", "Preparing"));
    totals.read(p("bbbbbbbbbbbb", "Preparing"));
    totals.read(p("cccccccccccc", "Preparing"));
    totals.read(p("bbbbbbbbbbbb", "Layer already exists"));
    totals.read(p("cccccccccccc", "Mounted from team/base"));
    totals.read(p("aaaaaaaaaaaa", "Waiting"));
    const moving = totals.read(p("aaaaaaaaaaaa", "Pushing", 512, 2048));
    expect(moving).toEqual({ type: "total", current: 512, total: 2048, layers: 3, layersDone: 2 });
    const done = totals.read(p("aaaaaaaaaaaa", "Pushed"));
    expect(done).toEqual({ type: "total", current: 2048, total: 2048, layers: 3, layersDone: 3 });
  });

  it("does not take the tag's digest line for a layer", () => {
    const totals = new LayerTotals("push");
    expect(totals.read(p(undefined, `v1: digest: sha256:${"a".repeat(64)} size: 527`))).toBeNull();
  });
});

describe("isLayerDone", () => {
  it.each([
    "Pull complete",
    "Already exists",
    "Pushed",
    "Layer already exists",
    "Mounted from team/base",
  ])("%s is done", (status) => expect(isLayerDone(status)).toBe(true));

  it.each(["Downloading", "Pushing", "Preparing", "Waiting"])("%s is not", (status) =>
    expect(isLayerDone(status)).toBe(false),
  );
});

describe("digestOf", () => {
  it("reads the engine's digest line", () => {
    const digest = `sha256:${"d".repeat(64)}`;
    expect(digestOf(`Digest: ${digest}`)).toBe(digest);
    expect(digestOf("Status: Downloaded newer image for x:v1")).toBeUndefined();
  });
});
