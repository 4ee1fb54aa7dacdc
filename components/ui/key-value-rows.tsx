"use client";

import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/fields";

// Rows of NAME = value: environment variables of a new container, build arguments.

export interface KeyValueRow {
  /** Stays with the row when rows before it are removed. */
  id: number;
  key: string;
  value: string;
}

let rowIds = 0;
export const newKeyValueRow = (): KeyValueRow => ({ id: rowIds++, key: "", value: "" });

export function KeyValueRows({
  rows,
  onChange,
  noun,
  addLabel,
  testIds,
  disabled = false,
}: {
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  /** What a row is, for screen readers: "Build argument" reads "Build argument 1 name". */
  noun: string;
  addLabel: string;
  testIds: { key: string; value: string; add: string };
  disabled?: boolean;
}) {
  const update = (id: number, change: Partial<KeyValueRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const input = `${INPUT_CLASS} font-mono`;

  return (
    <>
      {rows.map((row, index) => (
        <div key={row.id} className="flex gap-2">
          <input
            aria-label={`${noun} ${index + 1} name`}
            data-testid={`${testIds.key}-${index}`}
            className={`${input} w-2/5`}
            placeholder="NAME"
            value={row.key}
            disabled={disabled}
            onChange={(e) => update(row.id, { key: e.target.value })}
          />
          <input
            aria-label={`${noun} ${index + 1} value`}
            data-testid={`${testIds.value}-${index}`}
            className={input}
            placeholder="value"
            value={row.value}
            disabled={disabled}
            onChange={(e) => update(row.id, { value: e.target.value })}
          />
          <Button
            variant="ghost"
            aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
            disabled={disabled}
            onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button
        variant="ghost"
        data-testid={testIds.add}
        disabled={disabled}
        onClick={() => onChange([...rows, newKeyValueRow()])}
      >
        {addLabel}
      </Button>
    </>
  );
}
