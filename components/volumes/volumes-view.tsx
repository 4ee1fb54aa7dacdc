"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { dockerKeys } from "@/lib/client/query-keys";
import { formatBytes } from "@/lib/format/bytes";
import { count } from "@/lib/format/count";
import type { VolumeSummary } from "@/lib/volumes/types";
import { CreateVolumeDialog } from "./create-volume-dialog";
import { useVolumes } from "./queries";
import { RemoveVolumeDialog } from "./remove-volume-dialog";
import { VolumesTable } from "./volumes-table";

/** The volumes page: sizes, users, a filter, create and remove. */
export function VolumesView() {
  const volumes = useVolumes();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState("");
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<VolumeSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: dockerKeys.volumes() });
  const shown = (volumes.data ?? []).filter((v) => matches(v, filter));

  return (
    <div>
      <PageHeader
        title="Volumes"
        subtitle={volumes.data && summary(volumes.data)}
        actions={
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="volume-create">
            Create volume
          </Button>
        }
      />
      <input
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        placeholder="Filter by name, label or container"
        data-testid="volume-filter"
        className="mb-3 w-72 rounded-md border border-slate-700 bg-slate-950 px-2 py-1.5 text-sm"
      />
      {notice && (
        <p role="status" className="mb-3 text-sm text-emerald-300" data-testid="volume-notice">
          {notice}
        </p>
      )}
      <ErrorNotice error={volumes.error} action="list volumes" />
      {volumes.isPending && <p className="text-sm text-slate-400">Loading volumes…</p>}
      {volumes.data && shown.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-700 p-6 text-sm text-slate-400">
          {volumes.data.length === 0 ? "No volumes on this engine yet." : "No volume matches."}
        </p>
      )}
      {shown.length > 0 && <VolumesTable volumes={shown} onRemove={setRemoving} />}
      {creating && (
        <CreateVolumeDialog
          onClose={() => setCreating(false)}
          onCreated={(volume) => {
            setCreating(false);
            setNotice(`Created volume ${volume.name}`);
            refresh();
          }}
        />
      )}
      <RemoveVolumeDialog
        volume={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(name) => {
          setNotice(`Removed volume ${name}`);
          refresh();
        }}
      />
    </div>
  );
}

function summary(volumes: readonly VolumeSummary[]): string {
  const unused = volumes.filter((v) => v.containers.length === 0).length;
  const size = volumes.reduce((sum, v) => sum + (v.size ?? 0), 0);
  return `${count(volumes.length, "volume")}, ${unused} unused, ${formatBytes(size)}`;
}

function matches(volume: VolumeSummary, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [
    volume.name,
    volume.driver,
    ...Object.entries(volume.labels).map(([k, v]) => `${k}=${v}`),
    ...volume.containers.map((c) => c.name),
  ];
  return haystack.some((text) => text.toLowerCase().includes(needle));
}
