"use client";

import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/fields";
import { portSpecProblem } from "@/lib/containers/port-spec";

/** Port rows in docker syntax, each checked as it is typed. */
export function PortRows({
  rows,
  onChange,
}: {
  rows: string[];
  onChange: (rows: string[]) => void;
}) {
  const set = (i: number, value: string) => onChange(rows.map((r, j) => (j === i ? value : r)));
  return (
    <>
      {rows.map((row, i) => {
        const problem = row.trim() === "" ? null : portSpecProblem(row);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <div key={i}>
            <div className="flex gap-2">
              <input
                value={row}
                onChange={(e) => set(i, e.target.value)}
                placeholder="127.0.0.1:8080:80/tcp"
                aria-label={`Port ${i + 1}`}
                aria-invalid={problem !== null}
                data-testid={`run-port-${i}`}
                className={`${INPUT_CLASS} font-mono`}
              />
              <Button
                variant="ghost"
                aria-label={`Remove port ${i + 1}`}
                data-testid={`run-port-remove-${i}`}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              >
                ✕
              </Button>
            </div>
            {problem && (
              <p className="mt-1 text-xs text-rose-300" data-testid={`run-port-error-${i}`}>
                {problem}
              </p>
            )}
          </div>
        );
      })}
      <Button variant="ghost" data-testid="run-add-port" onClick={() => onChange([...rows, ""])}>
        + Add port
      </Button>
    </>
  );
}
