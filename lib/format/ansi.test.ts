import { describe, expect, it } from "vitest";
import { ansiCss, PLAIN, parseAnsi, plainText, stripAnsi } from "@/lib/format/ansi";

const E = "\u001b";

describe("ANSI colours in log lines and build output", () => {
  it("reads plain text as one unstyled segment", () => {
    expect(parseAnsi("hello").segments).toEqual([{ text: "hello", style: PLAIN }]);
  });

  it("turns SGR colour codes into styles and resets them", () => {
    const { segments } = parseAnsi(`a ${E}[31mred${E}[0m b`);
    expect(segments.map((s) => [s.text, s.style])).toEqual([
      ["a ", {}],
      ["red", { fg: "#f87171" }],
      [" b", {}],
    ]);
  });

  it("combines attributes, bright colours and backgrounds in one sequence", () => {
    const { segments } = parseAnsi(`${E}[1;4;92;44mok`);
    expect(segments[0]?.style).toEqual({
      bold: true,
      underline: true,
      fg: "#86efac",
      bg: "#60a5fa",
    });
  });

  it("reads 256-colour and true-colour codes, in ; and : forms", () => {
    expect(parseAnsi(`${E}[38;5;196mx`).segments[0]?.style.fg).toBe("rgb(255, 0, 0)");
    expect(parseAnsi(`${E}[38;5;244mx`).segments[0]?.style.fg).toBe("rgb(128, 128, 128)");
    expect(parseAnsi(`${E}[48;2;1;2;3mx`).segments[0]?.style.bg).toBe("rgb(1, 2, 3)");
    expect(parseAnsi(`${E}[38:2::10:20:30mx`).segments[0]?.style.fg).toBe("rgb(10, 20, 30)");
  });

  it("splits text into styled runs", () => {
    expect(parseAnsi(`a${E}[1;31mb${E}[39mc${E}[0md`).segments).toEqual([
      { text: "a", style: {} },
      { text: "b", style: { bold: true, fg: "#f87171" } },
      { text: "c", style: { bold: true, fg: undefined } },
      { text: "d", style: {} },
    ]);
  });

  it("maps bright colours and the 16 basics of the 256-colour form to the palette", () => {
    expect(parseAnsi(`${E}[92mx`).segments[0]?.style.fg).toBe("#86efac");
    expect(parseAnsi(`${E}[38;5;4mx`).segments[0]?.style.fg).toBe("#60a5fa");
  });

  it("keeps parameters after a true colour", () => {
    const style = parseAnsi(`${E}[38;2;1;2;3;1mx`).segments[0]?.style;
    expect(style).toEqual({ fg: "rgb(1, 2, 3)", bold: true });
  });

  it("keeps parameters after an extended colour", () => {
    const style = parseAnsi(`${E}[38;5;1;1mx`).segments[0]?.style;
    expect(style).toEqual({ fg: "#f87171", bold: true });
  });

  it("turns single attributes off", () => {
    const { segments } = parseAnsi(`${E}[1;3mA${E}[22mB${E}[23;39mC`);
    expect(segments.map((s) => s.style)).toEqual([
      { bold: true, italic: true },
      { italic: true },
      {},
    ]);
  });

  it("carries a style left open into the next line of the stream", () => {
    const first = parseAnsi(`${E}[33mstart`);
    const second = parseAnsi("continued", first.end);
    expect(second.segments[0]?.style).toEqual({ fg: "#facc15" });
  });

  it("strips other escape sequences: cursor moves, titles, hyperlinks, charsets", () => {
    const line =
      `${E}[2K${E}[1G${E}]0;title${"\u0007"}${E}]8;;http://x${E}\\link${E}]8;;${E}\\` +
      `${E}(B${E}[?25lend${E}[>4;2m`;
    expect(plainText(parseAnsi(line).segments)).toBe("linkend");
  });

  it("drops control characters and a lone escape, keeps tabs", () => {
    expect(plainText(parseAnsi(`a\u0007\u0008\tb${E}`).segments)).toBe("a\tb");
  });

  it("shows what a carriage return writes over", () => {
    expect(plainText(parseAnsi("progress 10%\rprogress 20%").segments)).toBe("progress 20%");
  });

  it("never turns text into markup", () => {
    const { segments } = parseAnsi(`<b onclick="x">&amp;</b>`);
    expect(plainText(segments)).toBe(`<b onclick="x">&amp;</b>`);
  });
});

describe("ANSI escapes stripped", () => {
  it("strips colours, cursor moves and titles", () => {
    expect(stripAnsi(`${E}[31mred${E}[0m ${E}[2Kline${E}[1A ${E}]0;title\u0007ok`)).toBe(
      "red line ok",
    );
  });

  it("keeps carriage returns and tabs for the caller to read", () => {
    expect(stripAnsi(`10%\r${E}[1m50%${E}[0m\tdone`)).toBe("10%\r50%\tdone");
  });
});

describe("styles as inline CSS", () => {
  it("maps attributes to CSS properties", () => {
    expect(
      ansiCss({ fg: "#f87171", bold: true, underline: true, strike: true, dim: true }),
    ).toEqual({
      color: "#f87171",
      fontWeight: 600,
      opacity: 0.7,
      textDecoration: "underline line-through",
    });
  });

  it("swaps colours for inverse video, with defaults when unset", () => {
    expect(ansiCss({ inverse: true, fg: "#f87171" })).toEqual({
      color: "#020617",
      backgroundColor: "#f87171",
    });
  });
});
