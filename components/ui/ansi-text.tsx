import { type AnsiStyle, parseAnsi } from "@/lib/format/ansi";

// Terminal output with its colours as styles. Text is rendered as React text
// nodes, so nothing in it is ever read as HTML.

const FG = [
  "text-slate-500",
  "text-rose-400",
  "text-emerald-400",
  "text-amber-300",
  "text-sky-400",
  "text-fuchsia-400",
  "text-cyan-400",
  "text-slate-200",
  "text-slate-400",
  "text-rose-300",
  "text-emerald-300",
  "text-yellow-200",
  "text-sky-300",
  "text-fuchsia-300",
  "text-cyan-300",
  "text-white",
];

const BG = [
  "bg-slate-900",
  "bg-rose-900",
  "bg-emerald-900",
  "bg-amber-900",
  "bg-sky-900",
  "bg-fuchsia-900",
  "bg-cyan-900",
  "bg-slate-300",
  "bg-slate-700",
  "bg-rose-700",
  "bg-emerald-700",
  "bg-yellow-700",
  "bg-sky-700",
  "bg-fuchsia-700",
  "bg-cyan-700",
  "bg-slate-100",
];

function classesOf(style: AnsiStyle): string {
  const classes: string[] = [];
  if (style.fg !== undefined) classes.push(FG[style.fg] ?? "");
  if (style.bg !== undefined) classes.push(BG[style.bg] ?? "");
  if (style.bold) classes.push("font-bold");
  if (style.dim) classes.push("opacity-60");
  if (style.italic) classes.push("italic");
  if (style.underline) classes.push("underline");
  return classes.join(" ");
}

export function AnsiText({ text }: { text: string }) {
  const runs = parseAnsi(text);
  if (runs.length === 1 && Object.keys(runs[0]?.style ?? {}).length === 0) return <>{text}</>;
  return (
    <>
      {runs.map((run, index) => (
        // Runs of one line never reorder, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <span key={index} className={classesOf(run.style) || undefined}>
          {run.text}
        </span>
      ))}
    </>
  );
}
