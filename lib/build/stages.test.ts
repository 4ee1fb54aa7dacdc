import { describe, expect, it } from "vitest";
import { checkTargetStage, stageNames } from "./stages";

describe("Dockerfile stages", () => {
  it("lists the names given with FROM ... AS, whatever the case and flags", () => {
    const dockerfile = [
      "ARG BASE=busybox",
      "FROM $BASE AS Build",
      "RUN echo hi",
      "from --platform=linux/amd64 busybox as runtime",
      "FROM busybox",
      "FROM \\",
      "  busybox AS continued",
    ].join("\n");
    expect(stageNames(dockerfile)).toEqual(["build", "runtime", "continued"]);
  });

  it("accepts a known target and names the stages of an unknown one", () => {
    const dockerfile = "FROM a AS one\nFROM one AS two\n";
    expect(() => checkTargetStage(dockerfile, "TWO", "Dockerfile")).not.toThrow();
    expect(() => checkTargetStage(dockerfile, "three", "Dockerfile")).toThrow(
      'The target stage "three" is not in Dockerfile: its stages are one, two',
    );
  });
});
