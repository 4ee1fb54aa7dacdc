import type { ReactNode } from "react";

/**
 * The frame every plain resource list shares: a scrolling bordered table with a header
 * row of column names (an empty name for an actions column) and the caller's rows.
 */
export function TableShell({
  testId,
  columns,
  children,
}: {
  testId: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-800">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="bg-slate-900 text-xs uppercase tracking-wide text-slate-400">
          <tr>
            {columns.map((column, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed; several are unnamed
              <th key={index} className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}
