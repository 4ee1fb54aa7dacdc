import { describe, expect, it } from "vitest";
import { dockerMessage, fromDockerError } from "./errors";

// What dockerode rejected with on Docker 20.10 (recorded from the engine).
const ALREADY_STARTED = {
  statusCode: 304,
  json: Buffer.alloc(0),
  reason: "container already started",
  message: "(HTTP code 304) container already started -  ",
};
const NOT_PAUSED = {
  statusCode: 500,
  json: { message: "Container c4989478 is not paused" },
  reason: "server error",
  message: "(HTTP code 500) server error - Container c4989478 is not paused ",
};

describe("engine errors", () => {
  it("reads a 304 without a body by its reason, never as an empty message", () => {
    expect(dockerMessage(ALREADY_STARTED)).toBe("container already started");
    const error = fromDockerError(ALREADY_STARTED);
    expect(error?.code).toBe("conflict");
    expect(error?.message).toBe("Docker: container already started: there was nothing to do");
  });

  it("keeps the engine's message from its JSON body", () => {
    expect(dockerMessage(NOT_PAUSED)).toBe("Container c4989478 is not paused");
  });

  it("takes the cause after the status when a stream call leaves the body empty", () => {
    const error = { statusCode: 400, message: "(HTTP code 400) unexpected - bad tag " };
    expect(fromDockerError(error)?.message).toBe("Docker: bad tag");
  });

  it("says the engine gave no reason when nothing says anything", () => {
    expect(dockerMessage({ statusCode: 304, json: null, message: "  " })).toBe(
      "the engine gave no reason",
    );
  });
});

describe("an engine message that repeats itself", () => {
  it("is said once", () => {
    const json = { message: "no such image: x:1: No such image: x:1" };
    expect(dockerMessage({ statusCode: 404, json, message: "" })).toBe("No such image: x:1");
    expect(fromDockerError({ statusCode: 404, json, message: "" })?.message).toBe(
      "Docker: No such image: x:1",
    );
  });

  it("keeps a message whose parts differ", () => {
    const json = { message: "conflict: unable to remove: image is in use" };
    expect(dockerMessage({ statusCode: 409, json, message: "" })).toBe(json.message);
  });
});

describe("a stream the engine closes", () => {
  it("is an upstream failure that says why, not an unexpected error", () => {
    const closed = Object.assign(new Error("Premature close"), {
      code: "ERR_STREAM_PREMATURE_CLOSE",
    });
    expect(fromDockerError(closed)?.toJSON()).toEqual({
      code: "upstream_error",
      message:
        "The Docker engine closed the stream: the container may be gone or the engine restarted",
    });
  });
});
