import { describe, expect, it } from "vitest";
import { commandLineProblem, containerNameProblem, envNameProblem } from "./run-checks";

describe("run dialog checks", () => {
  it("takes an empty name and refuses one that starts with a dash", () => {
    expect(containerNameProblem("  ")).toBeNull();
    expect(containerNameProblem("web-1")).toBeNull();
    expect(containerNameProblem("-web")).toBe(
      "the name must start with a letter or digit and hold only letters, digits, _ . -",
    );
  });

  it("refuses an env name with a space or an equals sign, saying the rule", () => {
    expect(envNameProblem("BAD NAME")).toBe("an env name holds no '=', spaces or NUL");
    expect(envNameProblem("A=B")).toBe("an env name holds no '=', spaces or NUL");
    expect(envNameProblem("API_TOKEN")).toBeNull();
  });

  it("refuses a command with an unclosed quote", () => {
    expect(commandLineProblem(`sh -c "echo hi`)).toBe('The command has an unclosed " quote');
    expect(commandLineProblem(`sh -c "echo hi"`)).toBeNull();
    expect(commandLineProblem("")).toBeNull();
  });

  it("refuses a command of more than 256 words", () => {
    expect(commandLineProblem("x ".repeat(257))).toBe("the command is at most 256 words");
  });
});
