"use client";

import { INPUT_CLASS } from "@/components/ui/fields";

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

export type NamesText = Partial<Record<(typeof KINDS)[number]["key"], string>>;

const lines = (text: string | undefined) =>
  (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** The request's `names`, or null when none were given. */
export function namesFromText(text: NamesText): Record<string, unknown> | null {
  const names: Record<string, unknown> = {};
  for (const { key } of KINDS) {
    const given = lines(text[key]);
    if (given.length === 0) continue;
    names[key] =
      key === "services"
        ? given.map((line) => {
            const slash = line.indexOf("/");
            return { cluster: line.slice(0, slash), service: line.slice(slash + 1) };
          })
        : given;
  }
  return Object.keys(names).length > 0 ? names : null;
}

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
