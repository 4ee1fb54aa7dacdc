import { describe, expect, it } from "vitest";
import { actionsForState, isActive } from "@/lib/containers/state-actions";

describe("actionsForState", () => {
  it("offers stop, restart, pause and kill for a running container", () => {
    expect(actionsForState("running")).toEqual(["stop", "restart", "pause", "kill"]);
  });

  it("offers only start for a stopped container", () => {
    expect(actionsForState("exited")).toEqual(["start"]);
    expect(actionsForState("created")).toEqual(["start"]);
  });

  it("offers unpause and kill for a paused container", () => {
    expect(actionsForState("paused")).toEqual(["unpause", "kill"]);
  });

  it("treats running, paused and restarting containers as needing force to remove", () => {
    expect(["running", "paused", "restarting", "exited"].map(isActive)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
