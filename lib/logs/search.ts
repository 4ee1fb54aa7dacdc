import type { AnsiSegment, AnsiStyle } from "@/lib/format/ansi";

// Search in a log view: which lines match, how many matches, and where to mark them
// inside a line's styled segments. Case-insensitive, plain text (no patterns), so a
// person can search for "[error]" or "a.b" as typed.

export interface Searchable {
  stream: string;
  plain: string;
}

export interface HighlightedPiece {
  text: string;
  style: AnsiStyle;
  match: boolean;
}

export function searchPattern(query: string): RegExp | null {
  if (query === "") return null;
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");
}

/** Start and end of every match in the text. */
export function matchRanges(text: string, pattern: RegExp | null): Array<[number, number]> {
  if (!pattern) return [];
  const ranges: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    ranges.push([found.index, found.index + found[0].length]);
  }
  return ranges;
}

/** The lines a view shows, and how many matches they hold in all. */
export function filterLines<T extends Searchable>(
  lines: readonly T[],
  options: { streams: ReadonlySet<string>; pattern: RegExp | null },
): { rows: readonly T[]; matches: number } {
  const { streams, pattern } = options;
  if (!pattern && streams.size === 0) return { rows: lines, matches: 0 };
  const rows: T[] = [];
  let matches = 0;
  for (const line of lines) {
    if (streams.size > 0 && !streams.has(line.stream)) continue;
    if (pattern) {
      const count = matchRanges(line.plain, pattern).length;
      if (count === 0) continue;
      matches += count;
    }
    rows.push(line);
  }
  return { rows, matches };
}

/** Cuts styled segments at match boundaries, so each piece is marked or not. */
export function highlight(
  segments: readonly AnsiSegment[],
  ranges: ReadonlyArray<[number, number]>,
): HighlightedPiece[] {
  if (ranges.length === 0) return segments.map((s) => ({ ...s, match: false }));
  const pieces: HighlightedPiece[] = [];
  let offset = 0;
  let r = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    let at = offset;
    while (at < end) {
      while (r < ranges.length && (ranges[r] as [number, number])[1] <= at) r += 1;
      const range = ranges[r];
      const inside = range !== undefined && range[0] <= at;
      const stop = range === undefined ? end : Math.min(end, inside ? range[1] : range[0]);
      pieces.push({
        text: segment.text.slice(at - offset, stop - offset),
        style: segment.style,
        match: inside,
      });
      at = stop;
    }
    offset = end;
  }
  return pieces;
}
