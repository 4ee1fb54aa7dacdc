import "server-only";
import {
  DescribeRepositoriesCommand,
  ListTagsForResourceCommand,
  type Repository,
} from "@aws-sdk/client-ecr";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages, mapLimited } from "@/lib/aws/paging";
import { APP_TAG } from "@/lib/aws/tags";
import type { RepositoryFact, Tags } from "@/lib/cleanup/facts";
import { listImages } from "@/lib/ecr/images";

// ECR repositories a plan looks at: those named by the user, those tagged for the app
// (when the target is an app), and those that the revisions in scope pull from (by
// whole URI), each with its images. Tags are read one repository at a time.

export interface RepositoryWanted {
  /** Every repository tagged slipway:app=<app> (an app target). */
  taggedFor: string | null;
  names: readonly string[];
  /** Repository URIs (without tag or digest) that revisions in scope pull from. */
  uris: readonly string[];
}

export async function repositoryFacts(
  aws: AwsClients,
  wanted: RepositoryWanted,
): Promise<RepositoryFact[]> {
  const all = await allPages<Repository>(async (nextToken) => {
    const page = await aws.ecr.send(new DescribeRepositoriesCommand({ nextToken }));
    return { items: page.repositories, nextToken: page.nextToken };
  });
  const named = (r: Repository) =>
    wanted.names.includes(r.repositoryName ?? "") || wanted.uris.includes(r.repositoryUri ?? "");
  const looked = wanted.taggedFor === null ? all.filter(named) : all;
  const tagged = await mapLimited(looked, 4, async (repository) => ({
    repository,
    tags: await repositoryTags(aws, repository.repositoryArn ?? ""),
  }));
  const relevant = tagged.filter(
    ({ repository, tags }) =>
      named(repository) || (wanted.taggedFor !== null && tags[APP_TAG] === wanted.taggedFor),
  );
  return mapLimited(relevant, 4, async ({ repository, tags }) => {
    const images = await listImages(aws, repository.repositoryName ?? "");
    return {
      name: repository.repositoryName ?? "",
      arn: repository.repositoryArn ?? "",
      uri: repository.repositoryUri ?? "",
      tags,
      images: images.map((i) => ({ digest: i.digest, tags: i.tags, sizeBytes: i.sizeBytes })),
    };
  });
}

async function repositoryTags(aws: AwsClients, arn: string): Promise<Tags> {
  const answer = await aws.ecr.send(new ListTagsForResourceCommand({ resourceArn: arn }));
  return Object.fromEntries((answer.tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""]));
}
