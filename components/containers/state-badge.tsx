const COLOURS: Record<string, string> = {
  running: "bg-emerald-900/60 text-emerald-200 border-emerald-700",
  paused: "bg-amber-900/50 text-amber-200 border-amber-700",
  restarting: "bg-sky-900/50 text-sky-200 border-sky-700",
  created: "bg-slate-800 text-slate-300 border-slate-600",
  exited: "bg-slate-800 text-slate-400 border-slate-700",
  dead: "bg-rose-950 text-rose-200 border-rose-800",
};

const BADGE = "inline-block rounded-full border px-2 py-0.5 text-xs font-medium";

export function StateBadge({ state }: { state: string }) {
  return (
    <span
      data-testid="state-badge"
      data-state={state}
      className={`${BADGE} ${COLOURS[state] ?? COLOURS.created}`}
    >
      {state}
    </span>
  );
}
