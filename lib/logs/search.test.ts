import { describe, expect, it } from "vitest";
import { PLAIN } from "@/lib/format/ansi";
import { filterLines, highlight, matchRanges, searchPattern } from "@/lib/logs/search";

const RED = { fg: "#f87171" };

describe("searching a log", () => {
  it("finds every match, ignoring case, with special characters taken literally", () => {
    expect(matchRanges("Error: error.", searchPattern("error"))).toEqual([
      [0, 5],
      [7, 12],
    ]);
    expect(matchRanges("a.b axb", searchPattern("a.b"))).toEqual([[0, 3]]);
    expect(matchRanges("[warn] x", searchPattern("[warn]"))).toEqual([[0, 6]]);
  });

  it("keeps matching lines of the chosen streams and counts the matches", () => {
    const lines = [
      { stream: "stdout", plain: "ok ok" },
      { stream: "stderr", plain: "ok" },
      { stream: "stdout", plain: "nothing" },
    ];
    const all = filterLines(lines, { streams: new Set(), pattern: searchPattern("ok") });
    expect(all.rows).toHaveLength(2);
    expect(all.matches).toBe(3);
    const stderr = filterLines(lines, { streams: new Set(["stderr"]), pattern: null });
    expect(stderr.rows).toEqual([lines[1]]);
  });

  it("returns the same lines untouched when nothing filters", () => {
    const lines = [{ stream: "stdout", plain: "x" }];
    expect(filterLines(lines, { streams: new Set(), pattern: null }).rows).toBe(lines);
  });

  it("marks matches across styled segments, keeping each piece's style", () => {
    const segments = [
      { text: "abc", style: PLAIN },
      { text: "def", style: RED },
    ];
    expect(highlight(segments, [[2, 4]])).toEqual([
      { text: "ab", style: PLAIN, match: false },
      { text: "c", style: PLAIN, match: true },
      { text: "d", style: RED, match: true },
      { text: "ef", style: RED, match: false },
    ]);
  });

  it("marks two matches inside one segment", () => {
    const pieces = highlight(
      [{ text: "xaxa", style: PLAIN }],
      [
        [1, 2],
        [3, 4],
      ],
    );
    expect(pieces.map((p) => [p.text, p.match])).toEqual([
      ["x", false],
      ["a", true],
      ["x", false],
      ["a", true],
    ]);
  });
});
