import "server-only";
import {
  BatchDeleteImageCommand,
  DescribeImagesCommand,
  type ImageDetail,
} from "@aws-sdk/client-ecr";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages } from "@/lib/aws/paging";
import { type ImageSummary, toImageSummary } from "@/lib/ecr/mappers";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

/** A repository's images, newest push first. */
export async function listImages(aws: AwsClients, repository: string): Promise<ImageSummary[]> {
  const details = await allPages<ImageDetail>(async (nextToken) => {
    const page = await aws.ecr.send(
      new DescribeImagesCommand({ repositoryName: repository, nextToken }),
    );
    return { items: page.imageDetails, nextToken: page.nextToken };
  });
  return details
    .map(toImageSummary)
    .sort((a, b) => (b.pushedAt ?? "").localeCompare(a.pushedAt ?? ""));
}

/** Deletes one image with all its tags. ECR answers failures in the body, not as errors. */
export async function deleteImage(aws: AwsClients, repository: string, digest: string) {
  const answer = await aws.ecr.send(
    new BatchDeleteImageCommand({
      repositoryName: repository,
      imageIds: [{ imageDigest: digest }],
    }),
  );
  const failure = answer.failures?.[0];
  if (failure) {
    const code = failure.failureCode ?? "UnknownFailure";
    const message = `${code}: ${failure.failureReason ?? `could not delete ${digest}`}`;
    throw new AppError(code === "ImageNotFound" ? "not_found" : "upstream_error", message);
  }
  log.info("ecr image deleted", { repository, digest, region: aws.context.region });
  return { deleted: digest };
}
