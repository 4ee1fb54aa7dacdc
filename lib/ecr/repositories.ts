import "server-only";
import {
  CreateRepositoryCommand,
  DeleteRepositoryCommand,
  DescribeRepositoriesCommand,
  ListImagesCommand,
  type Repository,
} from "@aws-sdk/client-ecr";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, mapLimited } from "@/lib/aws/paging";
import { awsTags } from "@/lib/aws/tags";
import { listImages } from "@/lib/ecr/images";
import { type RepositorySummary, toRepositorySummary } from "@/lib/ecr/mappers";
import { conflict } from "@/lib/errors";
import { plural } from "@/lib/format/plural";
import { log } from "@/lib/log";

export interface NewRepository {
  name: string;
  tagMutability: "MUTABLE" | "IMMUTABLE";
  scanOnPush: boolean;
  app?: string | undefined;
}

export async function listRepositories(aws: AwsClients): Promise<RepositorySummary[]> {
  const repositories = await allPages<Repository>(async (nextToken) => {
    const page = await aws.ecr.send(new DescribeRepositoriesCommand({ nextToken }));
    return { items: page.repositories, nextToken: page.nextToken };
  });
  // One ListImages per repository, a few at a time, for the image count. A repository
  // deleted between the two calls is gone: it is left out, not an error for the list.
  const counts = await mapLimited(repositories, 4, (r) =>
    imageCount(aws, r.repositoryName ?? "").catch((error: { name?: string }) => {
      if (error.name === "RepositoryNotFoundException") return null;
      throw error;
    }),
  );
  return repositories
    .flatMap((repository, i) => {
      const count = counts[i];
      return count === null || count === undefined ? [] : [toRepositorySummary(repository, count)];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function getRepositoryOrThrow(
  aws: AwsClients,
  name: string,
): Promise<RepositorySummary> {
  const repository = await describeRepositoryOrThrow(aws, name);
  return toRepositorySummary(repository, await imageCount(aws, name));
}

/** ECR's record of one repository; RepositoryNotFoundException (not_found) if none. */
export async function describeRepositoryOrThrow(
  aws: AwsClients,
  name: string,
): Promise<Repository> {
  const answer = await aws.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
  const repository = answer.repositories?.[0];
  if (!repository) throw new Error(`DescribeRepositories returned nothing for ${name}`);
  return repository;
}

export async function createRepository(
  aws: AwsClients,
  input: NewRepository,
): Promise<RepositorySummary> {
  const answer = await aws.ecr.send(
    new CreateRepositoryCommand({
      repositoryName: input.name,
      imageTagMutability: input.tagMutability,
      imageScanningConfiguration: { scanOnPush: input.scanOnPush },
      tags: awsTags(input.app ?? input.name),
    }),
  );
  log.info("ecr repository created", { repository: input.name, region: aws.context.region });
  return toRepositorySummary(answer.repository ?? { repositoryName: input.name }, 0);
}

/**
 * Deletes a repository. One that still holds images is refused with the images
 * listed unless `force` is set, in which case ECR deletes them with it.
 */
export async function deleteRepository(aws: AwsClients, name: string, force: boolean) {
  if (!force) {
    const images = await listImages(aws, name);
    if (images.length > 0) {
      const shown = images.map((i) => (i.tags.length ? i.tags.join(", ") : i.digest));
      throw conflict(
        `Repository ${name} holds ${plural(images.length, "image")} ` +
          `(${shown.slice(0, 10).join("; ")}${images.length > 10 ? "; …" : ""}). ` +
          "Delete them first, or delete the repository with force to delete them too.",
        { images: images.map((i) => ({ digest: i.digest, tags: i.tags })) },
      );
    }
  }
  await aws.ecr.send(new DeleteRepositoryCommand({ repositoryName: name, force }));
  log.info("ecr repository deleted", { repository: name, force, region: aws.context.region });
  return { deleted: name };
}

async function imageCount(aws: AwsClients, name: string): Promise<number> {
  const ids = await allPages(async (nextToken) => {
    const page = await aws.ecr.send(new ListImagesCommand({ repositoryName: name, nextToken }));
    return { items: page.imageIds, nextToken: page.nextToken };
  });
  // ListImages gives one entry per tag: count images by digest.
  return new Set(ids.map((id) => id.imageDigest)).size;
}
