"use client";

import { Button } from "@/components/ui/button";
import { FieldSet, INPUT_CLASS } from "@/components/ui/fields";

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
  keyProblem,
}: {
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  /** What a row is, for screen readers: "Build argument" reads "Build argument 1 name". */
  noun: string;
  addLabel: string;
  testIds: { key: string; value: string; add: string };
  disabled?: boolean;
  /** What is wrong with a row's name, shown under the row as it is typed. */
  keyProblem?: (key: string) => string | null;
}) {
  const update = (id: number, change: Partial<KeyValueRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const input = `${INPUT_CLASS} font-mono`;

  return (
    <>
      {rows.map((row, index) => {
        const problem = row.key.trim() && keyProblem ? keyProblem(row.key.trim()) : null;
        const problemId = `${testIds.key}-error-${index}`;
        return (
          <div key={row.id}>
            <div className="flex gap-2">
              <input
                aria-label={`${noun} ${index + 1} name`}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? problemId : undefined}
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
            {problem && (
              <p id={problemId} className="mt-1 text-xs text-rose-300" data-testid={problemId}>
                {problem}
              </p>
            )}
          </div>
        );
      })}
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

/** The "Labels" block of a create dialog; test ids are `<prefix>-label-key` and the like. */
export function LabelsFieldSet({
  rows,
  onChange,
  testPrefix,
}: {
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  testPrefix: string;
}) {
  return (
    <FieldSet legend="Labels">
      <KeyValueRows
        rows={rows}
        onChange={onChange}
        noun="Label"
        addLabel="Add label"
        testIds={{
          key: `${testPrefix}-label-key`,
          value: `${testPrefix}-label-value`,
          add: `${testPrefix}-add-label`,
        }}
      />
    </FieldSet>
  );
}
