import { applySgr } from "@/lib/format/ansi-sgr";
import { type AnsiStyle, PLAIN } from "@/lib/format/ansi-style";

export { type AnsiStyle, ansiCss, PLAIN } from "@/lib/format/ansi-style";

// ANSI escape sequences in container logs and build output, read into styled segments
// or stripped. Pure, no Node imports: the browser renders the segments as React
// elements with inline styles; no text is ever treated as HTML. Only SGR (colours and
// attributes) is kept; every other sequence (cursor moves, window titles, hyperlinks'
// wrappers, charset switches) and stray control characters are dropped. A carriage
// return inside a line keeps what is written after it, as a terminal overwriting a
// progress line would show.

export interface AnsiSegment {
  text: string;
  style: AnsiStyle;
}

const ESC = "\u001b";
const CSI_C1 = "\u009b";

/** Control characters other than tab and newline, DEL, and the one-byte CSI. */
const isSpecial = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0x7f || code === 0x9b;

function hasSpecial(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isSpecial(text.charCodeAt(i))) return true;
  return false;
}

/** Parses one line; `start` is the style left open by the previous line of the stream. */
export function parseAnsi(
  text: string,
  start: AnsiStyle = PLAIN,
): { segments: AnsiSegment[]; end: AnsiStyle } {
  if (!hasSpecial(text)) return { segments: text ? [{ text, style: start }] : [], end: start };
  let segments: AnsiSegment[] = [];
  let style = start;
  let run = "";
  let overwrite = false;
  const flush = () => {
    if (!run) return;
    if (overwrite) segments = [];
    overwrite = false;
    segments.push({ text: run, style });
    run = "";
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === ESC || ch === CSI_C1) {
      const sequence = readEscape(text, i);
      if (sequence.sgr !== null) {
        flush();
        style = applySgr(style, sequence.sgr);
      }
      i = sequence.next;
    } else if (ch === "\r") {
      flush();
      overwrite = segments.length > 0;
      i += 1;
    } else if (!isSpecial(ch.charCodeAt(0))) {
      let end = i + 1;
      while (end < text.length && !isSpecial(text.charCodeAt(end))) end += 1;
      run += text.slice(i, end);
      i = end;
    } else {
      i += 1;
    }
  }
  flush();
  return { segments, end: style };
}

/**
 * The text without escape sequences; unlike `parseAnsi`, control characters and
 * carriage returns stay, for callers that read the text further.
 */
export function stripAnsi(text: string): string {
  if (!text.includes(ESC) && !text.includes(CSI_C1)) return text;
  let plain = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === ESC || text[i] === CSI_C1) {
      i = readEscape(text, i).next;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text[end] !== ESC && text[end] !== CSI_C1) end += 1;
    plain += text.slice(i, end);
    i = end;
  }
  return plain;
}

/** The text of a line as it reads, without any escape sequence. */
export function plainText(segments: readonly AnsiSegment[]): string {
  return segments.length === 1
    ? (segments[0] as AnsiSegment).text
    : segments.map((s) => s.text).join("");
}

interface Escape {
  next: number;
  /** The parameters of an SGR sequence, or null for any other sequence. */
  sgr: string | null;
}

function readEscape(text: string, at: number): Escape {
  let i = at + 1;
  if (text[at] === ESC) {
    const kind = text[i];
    if (kind === undefined) return { next: i, sgr: null };
    if (kind === "]" || kind === "P" || kind === "X" || kind === "^" || kind === "_") {
      return { next: skipString(text, i + 1), sgr: null };
    }
    if (kind !== "[") {
      // Two-character sequences, with intermediates first (ESC ( B).
      while (i < text.length && isIntermediate(text.charCodeAt(i))) i += 1;
      return { next: Math.min(i + 1, text.length), sgr: null };
    }
    i += 1;
  }
  const paramsStart = i;
  while (i < text.length && isParameter(text.charCodeAt(i))) i += 1;
  const params = text.slice(paramsStart, i);
  const paramsEnd = i;
  while (i < text.length && isIntermediate(text.charCodeAt(i))) i += 1;
  const final = text[i];
  if (final === undefined) return { next: i, sgr: null };
  // Private forms (ESC [ > 4 m) and intermediates make it something other than SGR.
  const sgr = final === "m" && paramsEnd === i && /^[\d;:]*$/.test(params);
  return { next: i + 1, sgr: sgr ? params : null };
}

/** Skips an OSC/DCS-like string up to BEL or ESC \ (or the end of the line). */
function skipString(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === "\u0007") return i + 1;
    if (text[i] === ESC && text[i + 1] === "\\") return i + 2;
  }
  return text.length;
}

const isParameter = (code: number) => code >= 0x30 && code <= 0x3f;
const isIntermediate = (code: number) => code >= 0x20 && code <= 0x2f;
