import { describe, expect, it } from "vitest";
import { chooseShell, isProgramMissing } from "@/lib/exec/shell-choice";

const ok = { exitCode: 0, output: "" };
const missing = {
  exitCode: 126,
  output: 'OCI runtime exec failed: exec: "bash": executable file not found in $PATH: unknown',
};

describe("shell choice", () => {
  it("takes bash when the image has it", () => {
    expect(
      chooseShell([
        { shell: "bash", result: ok },
        { shell: "sh", result: ok },
      ]),
    ).toBe("bash");
  });

  it("falls back to sh when bash is missing", () => {
    expect(
      chooseShell([
        { shell: "bash", result: missing },
        { shell: "sh", result: ok },
      ]),
    ).toBe("sh");
  });

  it("finds none in an image without a shell, or when the probes time out", () => {
    const timedOut = { exitCode: null, output: "" };
    expect(
      chooseShell([
        { shell: "bash", result: missing },
        { shell: "sh", result: timedOut },
      ]),
    ).toBe(null);
  });
});

describe("missing program", () => {
  it("reads the runtime's not-found answer", () => {
    expect(isProgramMissing(missing)).toBe(true);
    expect(isProgramMissing({ exitCode: 127, output: "sh: nope: not found" })).toBe(true);
  });

  it("does not mistake a program's own failure for a missing one", () => {
    expect(isProgramMissing({ exitCode: 1, output: "file not found" })).toBe(false);
    expect(isProgramMissing({ exitCode: 126, output: "permission denied" })).toBe(false);
  });
});
