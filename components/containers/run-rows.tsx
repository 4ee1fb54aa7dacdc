"use client";

import { Button } from "@/components/ui/button";
import { portSpecProblem } from "@/lib/containers/port-spec";

const INPUT =
  "w-full rounded-md border border-slate-700 bg-slate-950 px-2.5 py-1.5 text-sm font-mono";

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
    <div className="space-y-2">
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
                className={INPUT}
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
    </div>
  );
}

export interface EnvRow {
  name: string;
  value: string;
}

export function EnvRows({
  rows,
  onChange,
}: {
  rows: EnvRow[];
  onChange: (rows: EnvRow[]) => void;
}) {
  const set = (i: number, change: Partial<EnvRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <div className="space-y-2">
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
        <div key={i} className="flex gap-2">
          <input
            value={row.name}
            onChange={(e) => set(i, { name: e.target.value })}
            placeholder="NAME"
            aria-label={`Env name ${i + 1}`}
            data-testid={`run-env-name-${i}`}
            className={`${INPUT} w-2/5`}
          />
          <input
            value={row.value}
            onChange={(e) => set(i, { value: e.target.value })}
            placeholder="value"
            aria-label={`Env value ${i + 1}`}
            data-testid={`run-env-value-${i}`}
            className={INPUT}
          />
          <Button
            variant="ghost"
            aria-label={`Remove env ${i + 1}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button
        variant="ghost"
        data-testid="run-add-env"
        onClick={() => onChange([...rows, { name: "", value: "" }])}
      >
        + Add variable
      </Button>
    </div>
  );
}
