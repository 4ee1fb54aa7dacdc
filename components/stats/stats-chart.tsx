import { HISTORY_MS } from "@/lib/client/live-stats";
import type { StatsSample } from "@/lib/stats/types";

// A line chart of the last minutes, drawn as SVG: time runs over the full width
// whatever the samples cover, so a fresh page fills from the right.

const WIDTH = 600;
const HEIGHT = 120;

interface Props {
  samples: StatsSample[];
  value: (sample: StatsSample) => number | null;
  /** The top of the scale; the chart grows past it when a value does. */
  max: number;
  label: string;
  color: string;
  testId: string;
}

export function StatsChart({ samples, value, max, label, color, testId }: Props) {
  const now = samples.at(-1)?.time ?? 0;
  const points: string[] = [];
  let top = max;
  for (const s of samples) top = Math.max(top, value(s) ?? 0);
  for (const s of samples) {
    const v = value(s);
    if (v === null) continue;
    const x = WIDTH - ((now - s.time) / HISTORY_MS) * WIDTH;
    const y = HEIGHT - (top > 0 ? (v / top) * HEIGHT : 0);
    points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  }
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs text-slate-400">{label}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-28 w-full rounded border border-slate-800 bg-slate-950"
        role="img"
        aria-label={label}
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
    </figure>
  );
}
