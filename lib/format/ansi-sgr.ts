import { type AnsiStyle, PALETTE, PLAIN } from "@/lib/format/ansi-style";

// SGR parameters (the "m" sequences) applied to a style. Pure.

type MutableStyle = { -readonly [K in keyof AnsiStyle]: AnsiStyle[K] };

/** The style after one SGR sequence's parameters ("1;31", "38:2::1:2:3"). */
export function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  const codes = params === "" ? ["0"] : params.split(";");
  let style: MutableStyle = { ...current };
  let i = 0;
  while (i < codes.length) {
    const parts = (codes[i] as string).split(":");
    const code = parts[0] === "" ? 0 : Number(parts[0]);
    i += 1;
    if (code === 38 || code === 48) {
      // In the ; form the colour's own parameters are at most four: mode, r, g, b.
      const rest = parts.length > 1 ? parts.slice(1) : codes.slice(i, i + 4);
      const { color, used } = extendedColour(rest);
      if (parts.length === 1) i += used;
      if (color) style[code === 38 ? "fg" : "bg"] = color;
    } else if (code === 0) {
      style = {};
    } else if (code === 4 && parts[1] === "0") {
      // 4:0 is the colon form of "no underline".
      style.underline = undefined;
    } else {
      Object.assign(style, basicColour(code) ?? ATTRIBUTES[code]);
    }
  }
  return isPlain(style) ? PLAIN : style;
}

function basicColour(code: number): MutableStyle | undefined {
  if (code >= 30 && code <= 37) return { fg: PALETTE[code - 30] };
  if (code >= 40 && code <= 47) return { bg: PALETTE[code - 40] };
  if (code >= 90 && code <= 97) return { fg: PALETTE[code - 90 + 8] };
  if (code >= 100 && code <= 107) return { bg: PALETTE[code - 100 + 8] };
  return undefined;
}

const ATTRIBUTES: Record<number, MutableStyle> = {
  1: { bold: true },
  2: { dim: true },
  3: { italic: true },
  4: { underline: true },
  7: { inverse: true },
  9: { strike: true },
  21: { underline: true },
  22: { bold: undefined, dim: undefined },
  23: { italic: undefined },
  24: { underline: undefined },
  27: { inverse: undefined },
  29: { strike: undefined },
  39: { fg: undefined },
  49: { bg: undefined },
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
