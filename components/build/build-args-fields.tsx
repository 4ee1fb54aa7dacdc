"use client";

import { FieldSet } from "@/components/ui/fields";
import { type KeyValueRow, KeyValueRows } from "@/components/ui/key-value-rows";

/** Rows of KEY = value, as `--build-arg KEY=value`; empty rows are left out. */
export function BuildArgsFields({
  rows,
  onChange,
  disabled,
}: {
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  disabled: boolean;
}) {
  return (
    <FieldSet legend="Build arguments">
      <KeyValueRows
        rows={rows}
        onChange={onChange}
        noun="Build argument"
        addLabel="+ Add argument"
        testIds={{ key: "build-arg-key", value: "build-arg-value", add: "build-arg-add" }}
        disabled={disabled}
      />
    </FieldSet>
  );
}

/** The rows as the request's buildArgs object, or the first problem found. */
export function buildArgsOf(rows: KeyValueRow[]): Record<string, string> | string {
  const args: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (!key && !row.value) continue;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `"${key}" is not a valid build argument name`;
    args[key] = row.value;
  }
  return args;
}
