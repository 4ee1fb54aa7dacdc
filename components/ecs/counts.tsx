/** A row of large figures: desired, running, pending and the like. */
export function Counts({
  items,
}: {
  items: Array<{ label: string; value: number | string; testId?: string }>;
}) {
  return (
    <dl className="mb-5 flex flex-wrap gap-3">
      {items.map((item) => (
        <div key={item.label} className="min-w-28 rounded-lg border border-slate-800 px-4 py-2">
          <dt className="text-xs uppercase tracking-wider text-slate-500">{item.label}</dt>
          <dd className="text-lg font-semibold text-white" data-testid={item.testId}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SectionTitle({ children }: { children: string }) {
  return (
    <h2 className="mb-2 mt-6 text-sm font-semibold uppercase tracking-wider text-slate-400">
      {children}
    </h2>
  );
}
