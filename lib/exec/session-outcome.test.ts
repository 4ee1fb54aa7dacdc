import { describe, expect, it } from "vitest";
import type { EndReport } from "@/lib/exec/protocol";
import {
  describeOutcome,
  NOT_SERVED_MESSAGE,
  type SessionOutcome,
} from "@/lib/exec/session-outcome";

const base: SessionOutcome = {
  opened: true,
  failure: null,
  exitCode: undefined,
  report: null,
  closeCode: 1000,
  closeReason: "",
};
const ended: EndReport = {
  ended: [54],
  survivors: [],
  leftRunning: false,
  method: "kill",
  message: "Ended process 54 in the container with SIGHUP.",
};

describe("terminal outcome", () => {
  it("says the terminal is not served when the socket never opened", () => {
    expect(describeOutcome({ ...base, opened: false })).toEqual({
      message: NOT_SERVED_MESSAGE,
      error: true,
    });
  });

  it("shows the server's failure, such as an image without a shell", () => {
    const failure = "This image has no shell (tried bash and sh): give a command to run.";
    expect(describeOutcome({ ...base, failure, closeCode: 4400 })).toEqual({
      message: failure,
      error: true,
    });
  });

  it("tells how the user's end went", () => {
    expect(describeOutcome({ ...base, report: ended })).toEqual({
      message: ended.message,
      error: false,
    });
  });

  it("gives the exit code, and the end of jobs left behind", () => {
    const message = describeOutcome({ ...base, exitCode: 0, report: ended }).message;
    expect(message).toBe(`The process exited with code 0. ${ended.message}`);
    const clean = { ...ended, ended: [], message: "No process of the terminal was left." };
    expect(describeOutcome({ ...base, exitCode: 2, report: clean }).message).toBe(
      "The process exited with code 2.",
    );
  });

  it("warns when processes survived", () => {
    const stuck = {
      ...ended,
      ended: [],
      survivors: [54],
      leftRunning: true,
      message: "Process 54 still runs after SIGKILL.",
    };
    expect(describeOutcome({ ...base, report: stuck }).error).toBe(true);
  });

  it("says, without alarm, that a paused container's processes end at its unpause", () => {
    const paused: EndReport = {
      ended: [],
      survivors: [54, 60],
      leftRunning: true,
      method: "kill",
      awaitingUnpause: true,
      message:
        "The container is paused: processes 54, 60 keep running until it is unpaused, " +
        "and Slipway ends them then.",
    };
    expect(describeOutcome({ ...base, report: paused })).toEqual({
      message: paused.message,
      error: false,
    });
  });

  it("falls back to the close reason", () => {
    expect(describeOutcome({ ...base, closeCode: 1001, closeReason: "Slipway stopped" })).toEqual({
      message: "The terminal closed: Slipway stopped.",
      error: true,
    });
  });
});
