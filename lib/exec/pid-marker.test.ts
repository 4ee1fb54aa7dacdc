import { describe, expect, it } from "vitest";
import { PidMarkerReader, withPidMarker } from "@/lib/exec/pid-marker";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const MARKER = "\u001b]7701;slipway-pid=42\u0007";

function readAll(chunks: string[]) {
  const reader = new PidMarkerReader();
  const shown = chunks.map((c) => text(reader.push(bytes(c)))).join("") + text(reader.flush());
  return { pid: reader.pid, shown };
}

describe("pid marker", () => {
  it("runs the command under sh, which then execs it with the same pid", () => {
    expect(withPidMarker(["bash", "-l"]).slice(-2)).toEqual(["bash", "-l"]);
    expect(withPidMarker(["bash"])[0]).toBe("sh");
  });

  it("takes the pid out of the output", () => {
    expect(readAll([`${MARKER}$ `])).toEqual({ pid: 42, shown: "$ " });
  });

  it("reads a marker split across chunks, byte by byte", () => {
    expect(readAll([...`${MARKER}hello`])).toEqual({ pid: 42, shown: "hello" });
  });

  it("passes output through untouched when no marker comes first", () => {
    expect(readAll(["\u001b]0;title\u0007$ ", MARKER])).toEqual({
      pid: null,
      shown: `\u001b]0;title\u0007$ ${MARKER}`,
    });
  });

  it("gives back a marker cut short when the stream ends", () => {
    expect(readAll(["\u001b]7701;slipway-pid=4"])).toEqual({
      pid: null,
      shown: "\u001b]7701;slipway-pid=4",
    });
  });
});
