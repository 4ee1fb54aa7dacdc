import { formatBytes } from "@/lib/format/bytes";
import { PRUNE_KINDS, type PruneItem, type PruneSkip } from "@/lib/prune/types";
import { KIND_LABELS } from "./queries";

/** Items grouped by kind, in the order a run removes them; skips show their reason. */
export function PruneItems({
  items,
  testId,
}: {
  items: ReadonlyArray<PruneItem | PruneSkip>;
  testId: string;
}) {
  if (items.length === 0) return <p className="text-slate-400">Nothing.</p>;
  return (
    <div className="space-y-3" data-testid={testId}>
      {PRUNE_KINDS.map((kind) => {
        const group = items.filter((item) => item.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind}>
            <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-400">
              {KIND_LABELS[kind]} ({group.length})
            </h3>
            <ul className="divide-y divide-slate-800 rounded-md border border-slate-800">
              {group.map((item) => (
                <li
                  key={item.id}
                  data-testid="prune-item"
                  data-id={item.id}
                  className="flex items-start justify-between gap-3 px-2 py-1.5"
                >
                  <div className="min-w-0">
                    <p className="break-all font-mono text-xs text-slate-100">{item.name}</p>
                    {item.note && <p className="text-xs text-slate-400">{item.note}</p>}
                    {"reason" in item && (
                      <p className="text-xs text-amber-300" data-testid="prune-skip-reason">
                        {item.reason}
                      </p>
                    )}
                  </div>
                  <span className="shrink-0 text-xs text-slate-300">{formatBytes(item.size)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
