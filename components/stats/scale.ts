// The top of a chart's scale: a round number at or above the highest value, so that
// the axis labels read as people count (50 MB, 200%), not 37.4 MB.

const STEPS = [1, 2, 2.5, 5, 10];

/** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `value`. */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = STEPS.find((s) => s * power >= value * (1 - 1e-9)) ?? 10;
  return step * power;
}

/** The same for bytes, round in the unit they are shown in (kB, MB, GB: 1024 apart). */
export function niceBytesCeil(bytes: number): number {
  let unit = 1;
  while (bytes / unit >= 1000 && unit < 1024 ** 4) unit *= 1024;
  return niceCeil(bytes / unit) * unit;
}
