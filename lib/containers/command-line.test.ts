import { describe, expect, it } from "vitest";
import { joinCommandLine, splitCommandLine } from "@/lib/containers/command-line";

describe("splitCommandLine", () => {
  it.each([
    ['sh -c "httpd -f -p 8000"', ["sh", "-c", "httpd -f -p 8000"]],
    ["  sleep   300 ", ["sleep", "300"]],
    [`echo 'it''s' "a \\"b\\"" c\\ d`, ["echo", "its", 'a "b"', "c d"]],
    [`printf ''`, ["printf", ""]],
    [`sh -c 'echo "$HOME"'`, ["sh", "-c", 'echo "$HOME"']],
    ["", []],
  ])("splits %j", (line, words) => {
    expect(splitCommandLine(line)).toEqual(words);
  });

  it("refuses an unclosed quote", () => {
    expect(() => splitCommandLine(`sh -c "echo`)).toThrow('unclosed " quote');
  });
});

describe("joinCommandLine", () => {
  it("reads back to the same words", () => {
    const words = ["sh", "-c", "trap 'exit 0' TERM; sleep 1", "", "a\\b"];
    expect(splitCommandLine(joinCommandLine(words))).toEqual(words);
  });

  it("leaves plain words unquoted", () => {
    expect(joinCommandLine(["sh", "/app/serve.sh"])).toBe("sh /app/serve.sh");
  });
});
