"use client";

import { INPUT_CLASS } from "@/components/ui/fields";
import {
  type NameKind,
  type NamesText,
  type ReadNames,
  readNamesText,
} from "@/lib/cleanup/names-text";

export type { NamesText };

// Exact names the user confirms, one a line: resources made by hand carry no
// slipway:app tag, so only their names bring them into a plan.

const KINDS = [
  { key: "clusters", label: "Clusters" },
  { key: "services", label: "Services (cluster/service)" },
  { key: "families", label: "Task definition families" },
  { key: "repositories", label: "ECR repositories" },
  { key: "logGroups", label: "Log groups" },
  { key: "securityGroups", label: "Security groups (id or name)" },
] as const;

const LABELS = Object.fromEntries(KINDS.map((k) => [k.key, k.label])) as Record<NameKind, string>;

/** The request's `names` (null when none), and one error a bad line, by its line number. */
export const namesFromText = (text: NamesText): ReadNames => readNamesText(text, LABELS);

export function ConfirmedNamesFields({
  value,
  onChange,
}: {
  value: NamesText;
  onChange: (value: NamesText) => void;
}) {
  return (
    <details className="text-sm text-slate-300">
      <summary className="cursor-pointer text-slate-400 hover:text-slate-200">
        Also include exactly these names (one a line; never matched in part)
      </summary>
      <div className="mt-2 grid gap-3 sm:grid-cols-3">
        {KINDS.map(({ key, label }) => (
          <label key={key} className="space-y-1">
            <span className="block text-xs font-medium uppercase tracking-wide text-slate-400">
              {label}
            </span>
            <textarea
              rows={2}
              spellCheck={false}
              value={value[key] ?? ""}
              onChange={(e) => onChange({ ...value, [key]: e.target.value })}
              className={`${INPUT_CLASS} font-mono`}
              data-testid={`cleanup-names-${key}`}
            />
          </label>
        ))}
      </div>
    </details>
  );
}
