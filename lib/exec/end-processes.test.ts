import { describe, expect, it } from "vitest";
import { endingNotices, killMethod } from "@/lib/exec/end-processes";

const tools = (hasKill: boolean, hasSh: boolean) => ({
  shell: hasSh ? "sh" : null,
  hasKill,
  hasSh,
});
const session = { pid: 12, pidInOutput: false, endedAtStart: false };

describe("how a terminal's processes are ended", () => {
  it("uses the image's kill, else a shell's builtin kill", () => {
    expect(killMethod({ local: false, tools: tools(true, true) })).toBe("kill");
    expect(killMethod({ local: false, tools: tools(false, true) })).toBe("shell");
  });

  it("signals from the host only when the engine runs here and the image has neither", () => {
    expect(killMethod({ local: true, tools: tools(false, false) })).toBe("host");
    expect(killMethod({ local: false, tools: tools(false, false) })).toBe("none");
  });
});

describe("what the user is told at the start", () => {
  it("nothing when the end will be clean", () => {
    expect(endingNotices({ ...session, local: true, tools: tools(true, true) })).toEqual([]);
  });

  it("that the image has no kill, and what follows", () => {
    expect(endingNotices({ ...session, local: true, tools: tools(false, false) })).toEqual([
      "This image has no `kill` command: Slipway ends the terminal's processes from the host.",
    ]);
    expect(endingNotices({ ...session, local: false, tools: tools(false, false) })[0]).toContain(
      "keeps running",
    );
  });

  it("that the process id is unknown, unless the process already ended", () => {
    const unknown = { ...session, pid: null, local: true, tools: tools(true, true) };
    expect(endingNotices(unknown)[0]).toContain("could not learn");
    expect(endingNotices({ ...unknown, endedAtStart: true })).toEqual([]);
  });
});
