import { describe, expect, it } from "vitest";
import { PushSummary, pushTotals } from "@/lib/ship/push-summary";

describe("a push in a ship's output", () => {
  it("keeps one line per layer state, not one per byte count", () => {
    const summary = new PushSummary();
    const lines = [
      { type: "progress", status: "The push refers to repository [x.dkr.ecr/app]" },
      { type: "progress", status: "Preparing", id: "5f70bf18a086" },
      { type: "progress", status: "Pushing", id: "5f70bf18a086", current: 512, total: 4096 },
      { type: "progress", status: "Pushing", id: "5f70bf18a086", current: 4096, total: 4096 },
      { type: "progress", status: "Layer already exists", id: "aa11bb22cc33" },
      { type: "progress", status: "Pushed", id: "5f70bf18a086" },
      { type: "total", current: 4096, total: 4096, layers: 2, layersDone: 2 },
    ].map((p) => summary.line(p));
    expect(lines.filter(Boolean)).toEqual([
      "The push refers to repository [x.dkr.ecr/app]",
      "5f70bf18a086: Preparing",
      "5f70bf18a086: Pushing",
      "aa11bb22cc33: Layer already exists",
      "5f70bf18a086: Pushed",
    ]);
  });

  it("puts the totals in the step's detail", () => {
    expect(pushTotals({ type: "total", current: 10, total: 40, layers: 3, layersDone: 1 })).toEqual(
      { layers: 3, layersDone: 1, bytesPushed: 10, bytesTotal: 40 },
    );
    expect(pushTotals({ type: "progress", status: "Pushing", id: "5f70bf18a086" })).toBeNull();
  });
});
