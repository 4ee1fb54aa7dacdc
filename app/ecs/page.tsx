"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import { useAwsScope } from "@/components/aws/use-aws";
import { CreateClusterDialog } from "@/components/ecs/create-cluster-dialog";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { apiFetch, getJson } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";

interface Cluster {
  name: string;
  arn: string;
  status: string;
  activeServices: number;
  runningTasks: number;
  pendingTasks: number;
  capacityProviders: string[];
}

const HEAD = ["Name", "Status", "Services", "Running", "Pending", "Capacity providers", ""];

export default function ClustersPage() {
  const scope = useAwsScope();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Cluster | null>(null);
  const key = awsKeys.clusters(scope ?? { profile: null, region: null });
  const clusters = useQuery({
    queryKey: key,
    queryFn: () => getJson<Cluster[]>("/api/ecs/clusters"),
    enabled: scope !== null,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  return (
    <div className="max-w-6xl">
      <PageHeader
        title="ECS clusters"
        subtitle={scope?.region ? `Clusters in ${scope.region}` : undefined}
        actions={
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="create-cluster">
            Create cluster
          </Button>
        }
      />
      <ErrorNotice error={clusters.error} action="list the clusters" />
      <Table head={HEAD} testId="clusters">
        {clusters.isLoading && <NoteRow span={HEAD.length}>Loading…</NoteRow>}
        {clusters.data?.length === 0 && (
          <NoteRow span={HEAD.length}>No clusters yet in this region.</NoteRow>
        )}
        {clusters.data?.map((c) => (
          <tr key={c.arn} data-testid="cluster-row" data-name={c.name}>
            <Cell>
              <Link
                href={`/ecs/${encodeURIComponent(c.name)}`}
                className="font-medium text-sky-300 hover:underline"
                title={c.arn}
                data-testid="cluster-link"
              >
                {c.name}
              </Link>
            </Cell>
            <Cell>{c.status}</Cell>
            <Cell>{c.activeServices}</Cell>
            <Cell>{c.runningTasks}</Cell>
            <Cell>{c.pendingTasks}</Cell>
            <Cell>{c.capacityProviders.join(", ") || "—"}</Cell>
            <Cell>
              <Button variant="ghost" onClick={() => setDeleting(c)} data-testid="delete-cluster">
                Delete
              </Button>
            </Cell>
          </tr>
        ))}
      </Table>
      <CreateClusterDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          refresh();
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete cluster ${deleting?.name ?? ""}`}
        body="A cluster can be deleted once it has no services. This cannot be undone."
        confirmLabel="Delete cluster"
        onConfirm={async () => {
          await apiFetch(`/api/ecs/clusters/${encodeURIComponent(deleting?.name ?? "")}`, {
            method: "DELETE",
          });
          await refresh();
        }}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
