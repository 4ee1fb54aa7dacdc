"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { dockerKeys } from "@/lib/client/query-keys";
import { formatBytes } from "@/lib/format/bytes";
import { DiskUsageCards } from "./disk-usage-cards";
import { PruneDialog } from "./prune-dialog";
import { useDiskUsage } from "./queries";

/** Disk usage per kind of resource, and prune with a preview. */
export function SystemView() {
  const usage = useDiskUsage();
  const queryClient = useQueryClient();
  const [pruning, setPruning] = useState(false);

  return (
    <div className="space-y-5">
      <PageHeader
        title="Disk usage"
        subtitle={
          usage.data &&
          `${formatBytes(usage.data.total.size)} in all, ` +
            `${formatBytes(usage.data.total.reclaimable)} reclaimable`
        }
        actions={
          <>
            <Button
              onClick={() => usage.refetch()}
              disabled={usage.isFetching}
              data-testid="usage-refresh"
            >
              {usage.isFetching ? "Measuring…" : "Refresh"}
            </Button>
            <Button variant="danger" onClick={() => setPruning(true)} data-testid="prune-open">
              Prune…
            </Button>
          </>
        }
      />
      <ErrorNotice error={usage.error} action="measure disk usage" />
      {usage.isPending && <p className="text-sm text-slate-400">Measuring disk usage…</p>}
      {usage.data && <DiskUsageCards usage={usage.data} />}
      {pruning && (
        <PruneDialog
          onClose={() => setPruning(false)}
          onPruned={() => queryClient.invalidateQueries({ queryKey: dockerKeys.all })}
        />
      )}
    </div>
  );
}
