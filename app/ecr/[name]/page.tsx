"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useAwsScope } from "@/components/aws/use-aws";
import { ImagesTable } from "@/components/ecr/images-table";
import { PushCommands } from "@/components/ecr/push-commands";
import { type EcrImage, type RepositoryDetail, repositoryPath } from "@/components/ecr/types";
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
    </div>
  );
}
