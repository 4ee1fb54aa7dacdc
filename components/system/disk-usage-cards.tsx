import { formatBytes } from "@/lib/format/bytes";
import type { DiskUsage, UsageCategory } from "@/lib/system/types";

const CARD = "rounded-lg border border-slate-800 bg-slate-900/60 p-4";

/** One card per kind: how many, in use, size on disk and what removing the rest frees. */
export function DiskUsageCards({ usage }: { usage: DiskUsage }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="disk-usage">
      <Card title="Images" testId="usage-images" category={usage.images} activeWord="in use" />
      <Card
        title="Containers"
        testId="usage-containers"
        category={usage.containers}
        activeWord="running"
      />
      <Card title="Volumes" testId="usage-volumes" category={usage.volumes} activeWord="in use" />
      <Card
        title="Build cache"
        testId="usage-build-cache"
        category={usage.buildCache}
        activeWord="in use"
        remark={
          usage.buildCache.available
            ? undefined
            : "This engine builds without BuildKit: its build cache is the intermediate " +
              "images, counted under Images."
        }
      />
    </div>
  );
}

function Card({
  title,
  testId,
  category,
  activeWord,
  remark,
}: {
  title: string;
  testId: string;
  category: UsageCategory;
  activeWord: string;
  remark?: string;
}) {
  const share = category.size > 0 ? Math.round((category.reclaimable / category.size) * 100) : 0;
  return (
    <section className={CARD} data-testid={testId}>
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-400">{title}</h2>
      <p className="mt-2 text-2xl font-semibold text-white" data-testid="usage-size">
        {formatBytes(category.size)}
      </p>
      <p className="text-sm text-slate-400" data-testid="usage-count">
        {category.count} total, {category.active} {activeWord}
      </p>
      <p className="mt-2 text-sm text-emerald-300" data-testid="usage-reclaimable">
        {formatBytes(category.reclaimable)} reclaimable{category.size > 0 && ` (${share}%)`}
      </p>
      {remark && <p className="mt-2 text-xs text-slate-500">{remark}</p>}
    </section>
  );
}
