import { describe, expect, it } from "vitest";
import { runOutcome, type StartedState } from "./run-outcome";

const ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

function started(state: Partial<StartedState["State"]>, restartCount = 0): StartedState {
  return {
    Id: ID,
    Name: "/web",
    RestartCount: restartCount,
    State: { Status: "running", Running: true, Restarting: false, ExitCode: 0, ...state },
  };
}

describe("runOutcome", () => {
  it("has nothing to say about a container that keeps running", () => {
    expect(runOutcome(started({}), true)).toEqual({
      state: "running",
      exitCode: null,
      warnings: [],
    });
  });

  it("names the exit code and the logs of a container that exited at once", () => {
    const outcome = runOutcome(started({ Status: "exited", Running: false, ExitCode: 3 }), false);
    expect(outcome.state).toBe("exited");
    expect(outcome.exitCode).toBe(3);
    expect(outcome.warnings).toEqual([
      "Container web exited right after it started, with exit code 3. " +
        "Its logs say why: /api/docker/containers/0123456789ab/logs.",
    ]);
  });

  it("warns about exit code 0 as well: the run is over either way", () => {
    const outcome = runOutcome(started({ Status: "exited", Running: false, ExitCode: 0 }), false);
    expect(outcome.warnings[0]).toContain("exit code 0");
  });

  it("adds that the port bindings went unchecked when ports were asked for", () => {
    const outcome = runOutcome(started({ Status: "exited", Running: false, ExitCode: 1 }), true);
    expect(outcome.warnings).toHaveLength(2);
    expect(outcome.warnings[1]).toContain("port bindings could not be checked");
  });

  it("says when the restart policy is restarting a container that exited", () => {
    const restarting = runOutcome(
      started({ Status: "restarting", Running: true, Restarting: true, ExitCode: 2 }),
      false,
    );
    expect(restarting.warnings[0]).toContain("exit code 2) and the engine is restarting it");
    const restartedAlready = runOutcome(started({ ExitCode: 2 }, 1), false);
    expect(restartedAlready.exitCode).toBe(2);
    expect(restartedAlready.warnings[0]).toContain("restarting it");
  });
});
