import { type AnsiSegment, ansiCss, PLAIN, parseAnsi } from "@/lib/format/ansi";

// Terminal output in its colours, for build output and log lines. Text is rendered as
// React text nodes, so nothing in it is ever read as HTML.

/** A styled run of text; a search match is marked instead of coloured. */
export interface AnsiPiece extends AnsiSegment {
  match?: boolean;
}

/** One line of raw terminal text, escape sequences read as styles. */
export function AnsiText({ text }: { text: string }) {
  return <AnsiPieces pieces={parseAnsi(text).segments} />;
}

/** Runs already parsed, e.g. a log line with a style carried over from the line before. */
export function AnsiPieces({ pieces }: { pieces: readonly AnsiPiece[] }) {
  const only = pieces[0];
  if (pieces.length === 1 && only && only.style === PLAIN && !only.match) return <>{only.text}</>;
  return (
    <>
      {pieces.map((piece, index) =>
        piece.match ? (
          // Runs of one line never reorder, so their position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <mark key={index} className="rounded-sm bg-amber-300 text-slate-950">
            {piece.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={index} style={ansiCss(piece.style)}>
            {piece.text}
          </span>
        ),
      )}
    </>
  );
}
