import { describe, expect, it } from "vitest";
import {
  type EngineHistoryEntry,
  historyInstruction,
  historyStepText,
  toHistorySteps,
} from "./history";

function step(createdBy: string, size: number, id = "<missing>"): EngineHistoryEntry {
  return {
    Id: id,
    Created: 1_700_000_000,
    CreatedBy: createdBy,
    Tags: null,
    Size: size,
    Comment: "",
  };
}

// The tutorial app as the classic builder records it, newest first: 3 layers made by
// the import, WORKDIR (size 0) and COPY.
const CLASSIC = [
  step('/bin/sh -c #(nop)  CMD ["sh" "/app/serve.sh"]', 0, "sha256:top"),
  step("/bin/sh -c #(nop)  EXPOSE 8000", 0),
  step("/bin/sh -c #(nop)  ENV APP_NAME=tutorial-app", 0),
  step("/bin/sh -c #(nop) COPY multi:6517d29 in ./ ", 967),
  step("/bin/sh -c #(nop) WORKDIR /app", 0),
  step("/bin/sh -c #(nop)  LABEL slipway-test=1", 0),
  step("", 1_984_172, "sha256:base"),
];
const LAYERS = ["sha256:l-import", "sha256:l-workdir", "sha256:l-copy"];

describe("historyInstruction", () => {
  it.each([
    ["/bin/sh -c #(nop)  ENV A=b", "ENV"],
    ["/bin/sh -c #(nop) COPY file:abc in /", "COPY"],
    ["/bin/sh -c echo hi > /x", "RUN"],
    ["|2 A=1 B=2 /bin/sh -c make", "RUN"],
    ["RUN /bin/sh -c echo hi # buildkit", "RUN"],
    ["WORKDIR /app", "WORKDIR"],
    ["", null],
  ])("reads %j as %s", (createdBy, instruction) => {
    expect(historyInstruction(createdBy)).toBe(instruction);
  });
});

describe("historyStepText", () => {
  it.each([
    ['/bin/sh -c #(nop)  CMD ["sh"]', 'CMD ["sh"]'],
    ["/bin/sh -c echo hi > /x", "RUN echo hi > /x"],
    ["RUN /bin/sh -c make # buildkit", "RUN /bin/sh -c make"],
    ["", ""],
  ])("writes %j as %j", (createdBy, text) => {
    expect(historyStepText(createdBy)).toBe(text);
  });
});

describe("toHistorySteps", () => {
  it("marks metadata steps as empty layers and matches the others to RootFS", () => {
    const steps = toHistorySteps(CLASSIC, LAYERS);
    expect(steps.map((s) => [s.instruction, s.emptyLayer, s.layer])).toEqual([
      ["CMD", true, null],
      ["EXPOSE", true, null],
      ["ENV", true, null],
      ["COPY", false, "sha256:l-copy"],
      ["WORKDIR", false, "sha256:l-workdir"],
      ["LABEL", true, null],
      [null, false, "sha256:l-import"],
    ]);
  });

  it("writes <missing> ids as null and keeps real ids", () => {
    const steps = toHistorySteps(CLASSIC, LAYERS);
    expect(steps[0]?.id).toBe("sha256:top");
    expect(steps[1]?.id).toBeNull();
  });

  it("counts a WORKDIR as empty when the sure steps already account for every layer", () => {
    const steps = toHistorySteps(CLASSIC, ["sha256:l-import", "sha256:l-copy"]);
    expect(steps[4]).toMatchObject({ instruction: "WORKDIR", emptyLayer: true, layer: null });
    expect(steps[3]?.layer).toBe("sha256:l-copy");
  });

  it("matches no layers when the counts cannot agree", () => {
    const steps = toHistorySteps(CLASSIC, ["sha256:only"]);
    expect(steps.every((s) => s.layer === null)).toBe(true);
  });
});
