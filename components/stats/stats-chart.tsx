import { HISTORY_MS } from "@/lib/client/live-stats";
import type { StatsSample } from "@/lib/stats/types";

// A line chart of the last minutes, drawn as SVG: time runs over the full width
// whatever the samples cover, so a fresh page fills from the right. The scale's top,
// middle and zero are written beside it, and the time span under it.

const WIDTH = 600;
const HEIGHT = 120;

interface Props {
  samples: StatsSample[];
  value: (sample: StatsSample) => number | null;
  /** The scale's lowest top; it grows (to a round number) when a value passes it. */
  floor: number;
  /** Rounds the top of the scale up to a number people read at a glance. */
  round: (top: number) => number;
  /** Writes an axis value in the chart's unit (%, bytes). */
  format: (value: number) => string;
  label: string;
  color: string;
  testId: string;
}

export function StatsChart({ samples, value, floor, round, format, label, color, testId }: Props) {
  const now = samples.at(-1)?.time ?? 0;
  const points: string[] = [];
  let highest = floor;
  for (const s of samples) highest = Math.max(highest, value(s) ?? 0);
  const top = round(highest);
  for (const s of samples) {
    const v = value(s);
    if (v === null) continue;
    const x = WIDTH - ((now - s.time) / HISTORY_MS) * WIDTH;
    const y = HEIGHT - (top > 0 ? (v / top) * HEIGHT : 0);
    points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  const minutes = Math.round(HISTORY_MS / 60_000);
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs text-slate-400">{label}</figcaption>
      <div className="flex gap-2">
        <div
          className="flex h-28 w-16 shrink-0 flex-col justify-between text-right text-[10px] text-slate-500"
          data-testid={`${testId}-axis`}
          data-top={top}
        >
          <span>{format(top)}</span>
          <span>{format(top / 2)}</span>
          <span>{format(0)}</span>
        </div>
        <div className="min-w-0 flex-1 space-y-0.5">
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            preserveAspectRatio="none"
            className="h-28 w-full rounded border border-slate-800 bg-slate-950"
            role="img"
            aria-label={`${label}, scale 0 to ${format(top)}`}
            data-testid={testId}
            data-points={points.length}
          >
            {[0.25, 0.5, 0.75].map((f) => (
              <line key={f} x1={0} x2={WIDTH} y1={HEIGHT * f} y2={HEIGHT * f} stroke="#1e293b" />
            ))}
            {points.length > 1 && (
              <polyline
                points={points.join(" ")}
                fill="none"
                stroke={color}
                strokeWidth={2}
                vectorEffect="non-scaling-stroke"
              />
            )}
          </svg>
          <div className="flex justify-between text-[10px] text-slate-500">
            <span>{minutes} min ago</span>
            <span>now</span>
          </div>
        </div>
      </div>
    </figure>
  );
}
