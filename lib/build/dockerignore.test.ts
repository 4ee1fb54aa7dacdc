import { describe, expect, it } from "vitest";
import { alwaysSent, contextFilter, ignoreFileCandidates } from "./context-filter";
import { cleanPath, IgnorePatternError, parseDockerignore } from "./dockerignore";

const FILES = [
  "Dockerfile",
  ".dockerignore",
  "app.py",
  "README.md",
  "docs/guide.md",
  "src/main.go",
  "src/deep/util.go",
  "node_modules/pkg/index.js",
  "logs/a.log",
  "logs/keep.log",
];

function sent(
  ignore: string,
  dockerfile = "Dockerfile",
  files = FILES,
  ignoreFile = ".dockerignore",
) {
  const filter = contextFilter(parseDockerignore(ignore), alwaysSent(dockerfile, ignoreFile));
  return files.filter((f) => filter.includes(f));
}

describe(".dockerignore matching", () => {
  it("keeps the Dockerfile and .dockerignore even when they are listed (D1)", () => {
    expect(sent("Dockerfile\n.dockerignore\n")).toEqual(FILES);
  });

  it("with only `*`, sends the Dockerfile and .dockerignore and nothing else (D1 variant)", () => {
    expect(sent("*\n")).toEqual(["Dockerfile", ".dockerignore"]);
  });

  it("keeps a Dockerfile in a subfolder that the rules exclude", () => {
    const files = ["build/Dockerfile.dev", "build/other.txt", "app.py"];
    expect(sent("build\n", "build/Dockerfile.dev", files)).toEqual([
      "build/Dockerfile.dev",
      "app.py",
    ]);
  });

  it("matches `*` within one segment only", () => {
    expect(sent("*.md\n")).not.toContain("README.md");
    expect(sent("*.md\n")).toContain("docs/guide.md");
    expect(sent("*/*.md\n")).not.toContain("docs/guide.md");
  });

  it("matches `**` across any number of directories, including none", () => {
    const result = sent("**/*.go\n");
    expect(result).not.toContain("src/main.go");
    expect(result).not.toContain("src/deep/util.go");
    expect(sent("src/**/util.go\n")).not.toContain("src/deep/util.go");
    expect(sent("src/**\n")).toEqual(FILES.filter((f) => !f.startsWith("src/")));
    expect(sent("**\n")).toEqual(["Dockerfile", ".dockerignore"]);
  });

  it("matches `?` and character classes like Go's filepath.Match", () => {
    expect(sent("app.p?\n")).not.toContain("app.py");
    expect(sent("app.p?\n")).toContain("README.md");
    expect(sent("logs/[ab].log\n")).toEqual(FILES.filter((f) => f !== "logs/a.log"));
    expect(sent("logs/[^a].log\n")).toContain("logs/a.log");
  });

  it("excludes everything below a directory pattern", () => {
    expect(sent("node_modules\n")).not.toContain("node_modules/pkg/index.js");
    expect(sent("node_modules/\n")).not.toContain("node_modules/pkg/index.js");
  });

  it("strips a leading slash and ./ so patterns stay relative to the root", () => {
    expect(sent("/app.py\n")).not.toContain("app.py");
    expect(sent("./src/main.go\n")).not.toContain("src/main.go");
    expect(sent("/main.go\n")).toContain("src/main.go");
  });

  it("re-includes with `!`, and the last matching line wins", () => {
    expect(sent("logs\n!logs/keep.log\n")).toContain("logs/keep.log");
    expect(sent("logs\n!logs/keep.log\n")).not.toContain("logs/a.log");
    expect(sent("logs/*.log\n!keep.log\n")).not.toContain("logs/keep.log");
    expect(sent("logs/*.log\n!logs/keep.log\nlogs/keep*\n")).not.toContain("logs/keep.log");
    expect(sent("*\n!src\n")).toEqual([
      "Dockerfile",
      ".dockerignore",
      "src/main.go",
      "src/deep/util.go",
    ]);
  });

  it("does not walk into an excluded folder for a wildcard exception, as Docker does", () => {
    expect(sent("logs\n!**/keep.log\n")).not.toContain("logs/keep.log");
  });

  it("ignores comments, blank lines, CRLF and a byte-order mark", () => {
    expect(sent("\uFEFF# comment\r\n\r\n  app.py  \r\n")).toEqual(
      FILES.filter((f) => f !== "app.py"),
    );
  });

  it("treats a `#` in the middle of a line as part of the pattern", () => {
    expect(sent("app.py # not a comment\n")).toContain("app.py");
  });

  it("escapes with a backslash and treats regex characters literally", () => {
    const files = ["a+b.txt", "aab.txt", "x(1).txt", "star*.txt", "starX.txt"];
    expect(sent("a+b.txt\nx(1).txt\nstar\\*.txt\n", "Dockerfile", files)).toEqual([
      "aab.txt",
      "starX.txt",
    ]);
  });

  it("names the line of a pattern it cannot compile", () => {
    expect(() => parseDockerignore("ok\n[unclosed\n")).toThrow(IgnorePatternError);
    expect(() => parseDockerignore("ok\n[unclosed\n")).toThrow(/line 2/);
  });

  it("prefers <Dockerfile>.dockerignore beside the Dockerfile over the root one", () => {
    expect(ignoreFileCandidates("build/app.Dockerfile")).toEqual([
      "build/app.Dockerfile.dockerignore",
      ".dockerignore",
    ]);
    expect(alwaysSent("./Dockerfile", "Dockerfile.dockerignore")).toEqual([
      "Dockerfile",
      ".dockerignore",
      "Dockerfile.dockerignore",
    ]);
  });

  it("cleans paths like Go's filepath.Clean", () => {
    expect(cleanPath("./a//b/../c/")).toBe("a/c");
    expect(cleanPath("/../a")).toBe("/a");
    expect(cleanPath("..//x")).toBe("../x");
    expect(cleanPath("")).toBe(".");
  });

  it("tells the walker when an excluded folder must still be entered", () => {
    const filter = contextFilter(parseDockerignore("logs\n!logs/keep.log\nsrc\n"), ["Dockerfile"]);
    expect(filter.excludes("logs")).toBe(true);
    expect(filter.walksInto("logs")).toBe(true);
    expect(filter.walksInto("src")).toBe(false);
    expect(filter.excludes("logs/keep.log")).toBe(false);
  });
});
