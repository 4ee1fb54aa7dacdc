import { describe, expect, it } from "vitest";
import {
  closeCodeFor,
  closeReason,
  parseClientMessage,
  TERMINAL_PATH,
  terminalPath,
  terminalQuery,
} from "@/lib/exec/protocol";

describe("terminal control messages", () => {
  it("reads a resize with its size", () => {
    expect(parseClientMessage('{"type":"resize","cols":120,"rows":40}')).toEqual({
      type: "resize",
      cols: 120,
      rows: 40,
    });
  });

  it("reads the request to end the session", () => {
    expect(parseClientMessage('{"type":"end"}')).toEqual({ type: "end" });
  });

  it("ignores text that is not a control message", () => {
    for (const text of ["ls -la", '{"type":"resize","cols":0,"rows":5}', '{"type":"x"}', "{"]) {
      expect(parseClientMessage(text)).toBeNull();
    }
  });
});

describe("terminal path and query", () => {
  it("builds a path the server's pattern reads back", () => {
    const path = terminalPath("my-app", { command: " top -d 1 ", cols: 100, rows: 30 });
    const url = new URL(path, "http://127.0.0.1");
    expect(url.pathname.match(TERMINAL_PATH)?.[1]).toBe("my-app");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      cols: "100",
      rows: "30",
      cmd: "top -d 1",
    });
  });

  it("splits the command as a shell would, and leaves detection on without one", () => {
    expect(terminalQuery.parse({ cmd: `sh -c "echo hi"` }).cmd).toEqual(["sh", "-c", "echo hi"]);
    expect(terminalQuery.parse({ cmd: "   " })).toEqual({ cmd: null, cols: 80, rows: 24 });
  });

  it("refuses a size the TTY cannot take", () => {
    expect(terminalQuery.safeParse({ cols: "0" }).success).toBe(false);
    expect(terminalQuery.safeParse({ rows: "abc" }).success).toBe(false);
  });
});

describe("close codes and reasons", () => {
  it("puts the error's HTTP status in the 4000 range", () => {
    expect(closeCodeFor("not_found")).toBe(4404);
    expect(closeCodeFor("conflict")).toBe(4409);
  });

  it("keeps a reason within the 123 bytes a close frame carries", () => {
    const reason = closeReason("é".repeat(100));
    expect(new TextEncoder().encode(reason).length).toBeLessThanOrEqual(123);
    expect(reason.endsWith("...")).toBe(true);
    expect(closeReason("process exited")).toBe("process exited");
  });
});
