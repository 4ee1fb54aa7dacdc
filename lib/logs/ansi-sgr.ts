// SGR parameters (the "m" sequences) applied to a style, and a style as inline CSS.
// Pure, shared by the server's tests and the browser.

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
const PALETTE = [
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
];

export function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  const codes = params === "" ? ["0"] : params.split(";");
  const style: MutableStyle = { ...current };
  let i = 0;
  while (i < codes.length) {
    const parts = (codes[i] as string).split(":");
    const code = parts[0] === "" ? 0 : Number(parts[0]);
    i += 1;
    if (code === 38 || code === 48) {
      const rest = parts.length > 1 ? parts.slice(1) : codes.slice(i);
      const { color, used } = extendedColour(rest);
      if (parts.length === 1) i += used;
      if (color) style[code === 38 ? "fg" : "bg"] = color;
      continue;
    }
    applyCode(style, code, parts[1]);
  }
  return isPlain(style) ? PLAIN : style;
}

type MutableStyle = { -readonly [K in keyof AnsiStyle]: AnsiStyle[K] };

function applyCode(style: MutableStyle, code: number, sub?: string): void {
  if (code >= 30 && code <= 37) style.fg = PALETTE[code - 30];
  else if (code >= 40 && code <= 47) style.bg = PALETTE[code - 40];
  else if (code >= 90 && code <= 97) style.fg = PALETTE[code - 90 + 8];
  else if (code >= 100 && code <= 107) style.bg = PALETTE[code - 100 + 8];
  else ATTRIBUTES[code]?.(style, sub);
}

const ATTRIBUTES: Record<number, (style: MutableStyle, sub?: string) => void> = {
  0: (s) => {
    for (const key of Object.keys(s)) delete s[key as keyof AnsiStyle];
  },
  1: (s) => {
    s.bold = true;
  },
  2: (s) => {
    s.dim = true;
  },
  3: (s) => {
    s.italic = true;
  },
  // 4:0 is the colon form of "no underline".
  4: (s, sub) => {
    s.underline = sub === "0" ? undefined : true;
  },
  7: (s) => {
    s.inverse = true;
  },
  9: (s) => {
    s.strike = true;
  },
  21: (s) => {
    s.underline = true;
  },
  22: (s) => {
    s.bold = undefined;
    s.dim = undefined;
  },
  23: (s) => {
    s.italic = undefined;
  },
  24: (s) => {
    s.underline = undefined;
  },
  27: (s) => {
    s.inverse = undefined;
  },
  29: (s) => {
    s.strike = undefined;
  },
  39: (s) => {
    s.fg = undefined;
  },
  49: (s) => {
    s.bg = undefined;
  },
};

function extendedColour(rest: string[]): { color?: string; used: number } {
  const mode = rest[0];
  if (mode === "5") return { color: colour256(Number(rest[1])), used: 2 };
  if (mode === "2") {
    // The colon form may carry a colour-space id before r, g, b: take the last three.
    const rgb = rest.length > 4 ? rest.slice(2, 5) : rest.slice(1, 4);
    const [r, g, b] = rgb.map(Number);
    const ok = [r, g, b].every((v) => v !== undefined && Number.isInteger(v) && v >= 0 && v <= 255);
    return { color: ok ? `rgb(${r}, ${g}, ${b})` : undefined, used: 4 };
  }
  return { used: 1 };
}

function colour256(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 255) return undefined;
  if (n < 16) return PALETTE[n];
  if (n >= 232) {
    const level = 8 + (n - 232) * 10;
    return `rgb(${level}, ${level}, ${level})`;
  }
  const index = n - 16;
  const level = (v: number) => (v === 0 ? 0 : 55 + v * 40);
  const [r, g, b] = [Math.floor(index / 36), Math.floor(index / 6) % 6, index % 6].map(level);
  return `rgb(${r}, ${g}, ${b})`;
}

function isPlain(style: AnsiStyle): boolean {
  return Object.values(style).every((v) => v === undefined);
}

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
