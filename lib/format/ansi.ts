// Terminal colour codes in engine and container output, turned into styled text
// runs for the UI (rendered as spans, never as HTML) or stripped. Only SGR codes
// (colours, bold, underline...) carry meaning here; every other escape sequence
// (cursor moves, line erases, window titles) is dropped. No Node imports.

export interface AnsiStyle {
  fg?: number;
  bg?: number;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface AnsiRun {
  text: string;
  style: AnsiStyle;
}

// CSI sequences (ESC [ ... final byte), OSC sequences (ESC ] ... BEL or ESC \),
// and two-byte escapes.
const ESC = "\u001b";
const BEL = "\u0007";
const ESCAPE = new RegExp(
  `${ESC}\\[([0-9;?]*)([@-~])|${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)|${ESC}[@-Z\\\\-_]`,
  "g",
);

/** The text without any escape sequence. */
export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, "");
}

/** Splits text into runs of one style each; the 16 basic colours are numbers 0-15. */
export function parseAnsi(text: string): AnsiRun[] {
  const runs: AnsiRun[] = [];
  let style: AnsiStyle = {};
  let last = 0;
  for (const match of text.matchAll(ESCAPE)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), style });
    last = match.index + match[0].length;
    if (match[2] === "m") style = applySgr(style, match[1] ?? "");
  }
  if (last < text.length) runs.push({ text: text.slice(last), style });
  return runs;
}

function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  const codes = params === "" ? [0] : params.split(";").map((p) => Number(p) || 0);
  let style = { ...current };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) style = {};
    else if (code === 1) style.bold = true;
    else if (code === 2) style.dim = true;
    else if (code === 3) style.italic = true;
    else if (code === 4) style.underline = true;
    else if (code === 22) style.bold = style.dim = undefined;
    else if (code === 23) style.italic = undefined;
    else if (code === 24) style.underline = undefined;
    else if (code >= 30 && code <= 37) style.fg = code - 30;
    else if (code >= 90 && code <= 97) style.fg = code - 90 + 8;
    else if (code === 39) style.fg = undefined;
    else if (code >= 40 && code <= 47) style.bg = code - 40;
    else if (code >= 100 && code <= 107) style.bg = code - 100 + 8;
    else if (code === 49) style.bg = undefined;
    else if (code === 38 || code === 48) {
      // 256-colour and true-colour forms: keep basic colours, skip the rest.
      const mode = codes[i + 1];
      const value = codes[i + 2];
      if (mode === 5 && value !== undefined && value < 16) {
        if (code === 38) style.fg = value;
        else style.bg = value;
      }
      i += mode === 5 ? 2 : mode === 2 ? 4 : 1;
    }
  }
  return style;
}
