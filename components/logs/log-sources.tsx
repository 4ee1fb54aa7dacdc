import type { SourcesNote } from "@/components/logs/use-log-feed";
import type { SourceState } from "@/lib/ecs-logs/types";

// Where each container of the tasks shown logs, and whether it has logs yet: "no
// logs yet" and "logs elsewhere" are states to read, not errors.

const BADGE: Record<SourceState, string> = {
  ok: "bg-emerald-900/60 text-emerald-200",
  "no-logs-yet": "bg-slate-800 text-slate-300",
  elsewhere: "bg-violet-900/60 text-violet-200",
  off: "bg-slate-800 text-slate-400",
  unnamed: "bg-amber-900/60 text-amber-200",
};

const LABEL: Record<SourceState, string> = {
  ok: "CloudWatch",
  "no-logs-yet": "no logs yet",
  elsewhere: "logs elsewhere",
  off: "not logging",
  unnamed: "stream unknown",
};

export function LogSources({ note }: { note: SourcesNote }) {
  if (note.sources.length === 0) {
    return (
      <p className="text-sm text-slate-400" data-testid="log-sources" data-empty="true">
        {note.tasks === 0 ? "No tasks: nothing has logged yet." : "No containers to read logs of."}
      </p>
    );
  }
  return (
    <ul className="space-y-1 text-xs" data-testid="log-sources">
      {note.sources.map((s) => (
        <li
          key={`${s.taskId}/${s.container}`}
          className="flex flex-wrap items-center gap-2"
          data-testid="log-source"
          data-state={s.state}
        >
          <span className={`rounded px-1.5 py-0.5 font-medium ${BADGE[s.state]}`}>
            {LABEL[s.state]}
          </span>
          <span className="font-mono text-slate-300">
            {s.taskId.slice(0, 8)}/{s.container}
          </span>
          <span className="text-slate-400">{s.message}</span>
        </li>
      ))}
    </ul>
  );
}
