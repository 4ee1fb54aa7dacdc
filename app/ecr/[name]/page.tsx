"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { DeleteRepositoryDialog } from "@/components/ecr/delete-repository-dialog";
import { ImagesTable } from "@/components/ecr/images-table";
import { PushCommands } from "@/components/ecr/push-commands";
import { type EcrImage, type RepositoryDetail, repositoryPath } from "@/components/ecr/types";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getJson } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";

export default function RepositoryPage() {
  const params = useParams<{ name: string }>();
  // Names hold slashes (team/app): the segment arrives encoded.
  const name = decodeURIComponent(params.name);
  const scope = useAwsScope() ?? { profile: null, region: null };
  const ready = useAwsScope() !== null;
  const queryClient = useQueryClient();
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const repository = useQuery({
    queryKey: awsKeys.repository(scope, name),
    queryFn: () => getJson<RepositoryDetail>(repositoryPath(name)),
    enabled: ready,
  });
  const images = useQuery({
    queryKey: awsKeys.images(scope, name),
    queryFn: () => getJson<EcrImage[]>(`${repositoryPath(name)}/images`),
    enabled: ready,
  });
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: awsKeys.repository(scope, name) });

  return (
    <div className="max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/ecr" className="text-sky-400 hover:underline">
          ECR repositories
        </Link>
      </p>
      <PageHeader
        title={name}
        subtitle={
          repository.data ? (
            <span className="font-mono text-xs" data-testid="repository-uri">
              {repository.data.uri}
            </span>
          ) : undefined
        }
        actions={
          repository.data && (
            <Button
              variant="danger"
              onClick={() => setDeleting(true)}
              data-testid="delete-repository"
            >
              Delete
            </Button>
          )
        }
      />
      <ErrorNotice error={repository.error} action="load the repository" />
      {repository.data && <PushCommands commands={repository.data.pushCommands} />}
      <h2 className="mb-2 text-sm font-semibold uppercase tracking-wider text-slate-400">Images</h2>
      <ErrorNotice error={images.error} action="list the images" />
      <ImagesTable
        imagesPath={`${repositoryPath(name)}/images`}
        images={images.data}
        loading={images.isLoading}
        onDeleted={refresh}
      />
      <DeleteRepositoryDialog
        repository={deleting ? (repository.data ?? null) : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          queryClient.invalidateQueries({ queryKey: awsKeys.repositories(scope) });
          router.push("/ecr");
        }}
      />
    </div>
  );
}
