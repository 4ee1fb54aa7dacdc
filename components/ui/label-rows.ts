import type { KeyValueRow } from "@/components/ui/key-value-rows";

/** Key/value rows as a label map; rows without a key are left out. */
export function rowsToLabels(rows: readonly KeyValueRow[]): Record<string, string> {
  return Object.fromEntries(
    rows.filter((row) => row.key.trim() !== "").map((row) => [row.key.trim(), row.value]),
  );
}
