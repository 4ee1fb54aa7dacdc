"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Section } from "@/components/images/section";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Facts, LabelChips } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { formatBytes } from "@/lib/format/bytes";
import { useVolume } from "./queries";
import { RemoveVolumeDialog } from "./remove-volume-dialog";
import { VolumeUsers } from "./volume-users";

/** One volume: where it lives, its size, labels, options and the containers using it. */
export function VolumeDetailView({ name }: { name: string }) {
  const volume = useVolume(name);
  const router = useRouter();
  const [removing, setRemoving] = useState(false);

  if (volume.isPending) return <p className="text-sm text-slate-400">Loading {name}…</p>;
  if (volume.error) return <ErrorNotice error={volume.error} action={`show volume ${name}`} />;
  const v = volume.data;
  const options = Object.entries(v.options);
  const status = Object.entries(v.status);

  return (
    <div className="space-y-6" data-testid="volume-detail">
      <PageHeader
        title={<span className="font-mono">{v.name}</span>}
        subtitle={v.size === null ? v.driver : `${v.driver}, ${formatBytes(v.size)}`}
        actions={
          <Button variant="danger" onClick={() => setRemoving(true)} data-testid="volume-remove">
            Remove
          </Button>
        }
      />
      <Section title="Overview" testId="volume-overview">
        <Facts
          rows={[
            ["Driver", v.driver],
            ["Scope", v.scope],
            ["Mountpoint", <code key="m">{v.mountpoint}</code>],
            ["Created", v.created ? new Date(v.created).toLocaleString() : null],
            ["Size", v.size === null ? "unknown to the engine" : formatBytes(v.size)],
            ["Labels", <LabelChips key="l" labels={v.labels} />],
          ]}
        />
      </Section>
      <Section title="Used by" testId="volume-containers">
        <VolumeUsers users={v.containers} />
      </Section>
      {options.length > 0 && (
        <Section title="Driver options" testId="volume-options">
          <Facts rows={options.map(([key, value]) => [key, <code key={key}>{value}</code>])} />
        </Section>
      )}
      {status.length > 0 && (
        <Section title="Driver status" testId="volume-status">
          <Facts rows={status.map(([key, value]) => [key, JSON.stringify(value)])} />
        </Section>
      )}
      <RemoveVolumeDialog
        volume={removing ? v : null}
        onClose={() => setRemoving(false)}
        onRemoved={() => router.push("/volumes")}
      />
    </div>
  );
}
