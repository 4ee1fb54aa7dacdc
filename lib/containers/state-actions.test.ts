import { describe, expect, it } from "vitest";
import { actionMisfit, actionsForState, isActive } from "@/lib/containers/state-actions";

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

describe("actionMisfit", () => {
  it.each([
    ["start", "running", "is already running"],
    ["start", "paused", "is paused: unpause it instead"],
    ["stop", "exited", "is already stopped"],
    ["stop", "created", "has never been started, so there is nothing to stop"],
    ["kill", "exited", "is already stopped"],
    ["pause", "paused", "is already paused"],
    ["pause", "exited", "is stopped, so it cannot be paused: start it first"],
    ["unpause", "running", "is not paused (it is running)"],
    ["unpause", "exited", "is not paused (it is stopped)"],
    ["restart", "dead", "is dead: remove it and run a new one"],
  ] as const)("refuses %s on a %s container: %s", (action, state, words) => {
    expect(actionMisfit(action, state)).toBe(words);
  });

  it.each([
    ["start", "exited"],
    ["start", "created"],
    ["stop", "running"],
    ["stop", "paused"],
    ["kill", "paused"],
    ["restart", "exited"],
    ["restart", "running"],
    ["pause", "running"],
    ["unpause", "paused"],
  ] as const)("lets %s run on a %s container", (action, state) => {
    expect(actionMisfit(action, state)).toBeNull();
  });
});
