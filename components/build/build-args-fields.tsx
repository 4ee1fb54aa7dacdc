"use client";

import { INPUT_CLASS } from "@/components/build/fields";
import { Button } from "@/components/ui/button";

export interface BuildArgRow {
  id: number;
  key: string;
  value: string;
}

let rowIds = 0;
export const newBuildArgRow = (): BuildArgRow => ({ id: rowIds++, key: "", value: "" });

/** Rows of KEY = value, as `--build-arg KEY=value`; empty rows are left out. */
export function BuildArgsFields({
  rows,
  onChange,
  disabled,
}: {
  rows: BuildArgRow[];
  onChange: (rows: BuildArgRow[]) => void;
  disabled: boolean;
}) {
  const update = (id: number, change: Partial<BuildArgRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));

  return (
    <fieldset className="space-y-2">
      <legend className="text-xs font-medium uppercase tracking-wide text-slate-400">
        Build arguments
      </legend>
      {rows.map((row, index) => (
        <div key={row.id} className="flex gap-2">
          <input
            aria-label={`Build argument ${index + 1} name`}
            data-testid={`build-arg-key-${index}`}
            className={`${INPUT_CLASS} font-mono`}
            placeholder="NAME"
            value={row.key}
            disabled={disabled}
            onChange={(e) => update(row.id, { key: e.target.value })}
          />
          <input
            aria-label={`Build argument ${index + 1} value`}
            data-testid={`build-arg-value-${index}`}
            className={`${INPUT_CLASS} font-mono`}
            placeholder="value"
            value={row.value}
            disabled={disabled}
            onChange={(e) => update(row.id, { value: e.target.value })}
          />
          <Button
            variant="ghost"
            aria-label={`Remove build argument ${index + 1}`}
            disabled={disabled}
            onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button
        variant="ghost"
        data-testid="build-arg-add"
        disabled={disabled}
        onClick={() => onChange([...rows, newBuildArgRow()])}
      >
        + Add argument
      </Button>
    </fieldset>
  );
}

/** The rows as the request's buildArgs object, or the first problem found. */
export function buildArgsOf(rows: BuildArgRow[]): Record<string, string> | string {
  const args: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (!key && !row.value) continue;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `"${key}" is not a valid build argument name`;
    args[key] = row.value;
  }
  return args;
}
