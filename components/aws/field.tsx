import type { ReactNode } from "react";

export const INPUT =
  "w-full rounded-md border border-slate-700 bg-slate-950 px-2.5 py-1.5 text-sm text-slate-100 " +
  "focus:border-sky-600 focus:outline-none";

/** A labelled form field with an optional hint or problem under it. */
export function Field({
  id,
  label,
  hint,
  problem,
  children,
}: {
  /** The id of the control inside, which the label names. */
  id: string;
  label: string;
  hint?: ReactNode;
  problem?: string | null;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1 text-sm">
      <label htmlFor={id} className="block font-medium text-slate-200">
        {label}
      </label>
      {children}
      {problem ? (
        <span className="block text-xs text-rose-300">{problem}</span>
      ) : hint ? (
        <span className="block text-xs text-slate-500">{hint}</span>
      ) : null}
    </div>
  );
}
