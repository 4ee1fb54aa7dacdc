"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { CopyButton } from "@/components/aws/copy-button";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import { useAwsScope } from "@/components/aws/use-aws";
import { CreateRepositoryDialog } from "@/components/ecr/create-repository-dialog";
import { DeleteRepositoryDialog } from "@/components/ecr/delete-repository-dialog";
import type { Repository } from "@/components/ecr/types";
import { useRepositories } from "@/components/ecr/use-repositories";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { awsKeys } from "@/lib/client/query-keys";
import { ago } from "@/lib/format/time";

const HEAD = ["Name", "URI", "Images", "Tags", "Scan on push", "Created", ""];

export default function RepositoriesPage() {
  const scope = useAwsScope();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Repository | null>(null);
  const key = awsKeys.repositories(scope ?? { profile: null, region: null });
  const repositories = useRepositories();
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });

  return (
    <div className="max-w-6xl">
      <PageHeader
        title="ECR repositories"
        subtitle={scope?.region ? `Private repositories in ${scope.region}` : undefined}
        actions={
          <Button
            variant="primary"
            onClick={() => setCreating(true)}
            data-testid="create-repository"
          >
            Create repository
          </Button>
        }
      />
      <ErrorNotice error={repositories.error} action="list the repositories" />
      <Table head={HEAD} testId="repositories">
        {repositories.isLoading && <NoteRow span={HEAD.length}>Loading…</NoteRow>}
        {repositories.data?.length === 0 && (
          <NoteRow span={HEAD.length}>No repositories yet in this region.</NoteRow>
        )}
        {repositories.data?.map((r) => (
          <tr key={r.arn || r.name} data-testid="repository-row" data-name={r.name}>
            <Cell>
              <Link
                className="text-sky-400 hover:underline"
                href={`/ecr/${encodeURIComponent(r.name)}`}
              >
                {r.name}
              </Link>
            </Cell>
            <Cell mono>
              <span className="flex items-center gap-1">
                <span className="max-w-xs truncate" title={r.uri}>
                  {r.uri}
                </span>
                <CopyButton text={r.uri} />
              </span>
            </Cell>
            <Cell>{r.imageCount}</Cell>
            <Cell>{r.tagMutability === "IMMUTABLE" ? "immutable" : "mutable"}</Cell>
            <Cell>{r.scanOnPush ? "yes" : "no"}</Cell>
            <Cell>{r.createdAt ? ago(Date.parse(r.createdAt)) : "—"}</Cell>
            <Cell>
              <Button
                variant="ghost"
                onClick={() => setDeleting(r)}
                data-testid="delete-repository"
              >
                Delete
              </Button>
            </Cell>
          </tr>
        ))}
      </Table>
      <CreateRepositoryDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          refresh();
        }}
      />
      <DeleteRepositoryDialog
        repository={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={refresh}
      />
    </div>
  );
}
