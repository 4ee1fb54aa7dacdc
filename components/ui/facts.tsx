import type { ReactNode } from "react";

/** Label/value rows of one resource; rows whose value is null are left out. */
export function Facts({ rows, testId }: { rows: Array<[string, ReactNode]>; testId?: string }) {
  return (
    <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1.5 text-sm" data-testid={testId}>
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== "")
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-400">{label}</dt>
            <dd className="min-w-0 break-words text-slate-100">{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Labels as `key=value` chips; a dash when there are none. */
export function LabelChips({ labels }: { labels: Readonly<Record<string, string>> }) {
  const entries = Object.entries(labels).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" data-testid="labels">
      {entries.map(([key, value]) => (
        <li
          key={key}
          className="rounded bg-slate-800 px-1.5 py-0.5 font-mono text-xs text-slate-300"
          title={`${key}=${value}`}
        >
          {key}
          {value !== "" && `=${value}`}
        </li>
      ))}
    </ul>
  );
}

/** The colour of a container's state word in lists of users and members. */
export const stateTone = (state: string) =>
  state === "running" ? "text-emerald-400" : "text-slate-500";
