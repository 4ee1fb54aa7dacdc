// A run's terminal style and how it reads as inline CSS. Pure: shared by the server's
// tests and the browser; colours are CSS values so the browser can use them as they are.

export interface AnsiStyle {
  readonly fg?: string;
  readonly bg?: string;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly inverse?: boolean;
  readonly strike?: boolean;
}

export const PLAIN: AnsiStyle = Object.freeze({});

// Readable on Slipway's dark background; the bright half is the first half lightened.
export const PALETTE = [
  "#1e293b",
  "#f87171",
  "#4ade80",
  "#facc15",
  "#60a5fa",
  "#e879f9",
  "#22d3ee",
  "#e2e8f0",
  "#64748b",
  "#fca5a5",
  "#86efac",
  "#fde047",
  "#93c5fd",
  "#f0abfc",
  "#67e8f9",
  "#ffffff",
] as const;

const DEFAULT_FG = "#e2e8f0";
const DEFAULT_BG = "#020617";

/** Inline CSS for a style; assignable to React's CSSProperties. */
export function ansiCss(style: AnsiStyle): {
  color?: string;
  backgroundColor?: string;
  fontWeight?: number;
  opacity?: number;
  fontStyle?: "italic";
  textDecoration?: string;
} {
  if (style === PLAIN) return {};
  const fg = style.inverse ? (style.bg ?? DEFAULT_BG) : style.fg;
  const bg = style.inverse ? (style.fg ?? DEFAULT_FG) : style.bg;
  const lines = [style.underline && "underline", style.strike && "line-through"].filter(Boolean);
  return {
    ...(fg && { color: fg }),
    ...(bg && { backgroundColor: bg }),
    ...(style.bold && { fontWeight: 600 }),
    ...(style.dim && { opacity: 0.7 }),
    ...(style.italic && { fontStyle: "italic" as const }),
    ...(lines.length > 0 && { textDecoration: lines.join(" ") }),
  };
}
