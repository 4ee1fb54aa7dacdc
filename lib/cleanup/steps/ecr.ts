import "server-only";
import { BatchDeleteImageCommand, DeleteRepositoryCommand } from "@aws-sdk/client-ecr";
import type { AwsClients } from "@/lib/aws/clients";
import { inBatches } from "@/lib/aws/paging";
import { ecrImageName } from "@/lib/cleanup/plan-ecr";
import { forEachItem, located } from "@/lib/cleanup/steps/each";
import { recheckEcrImages } from "@/lib/cleanup/steps/ecr-recheck";
import type { CleanupItem } from "@/lib/cleanup/types";
import { listImages } from "@/lib/ecr/images";
import { AppError, conflict } from "@/lib/errors";
import type { StepContext } from "@/lib/flows/runner";
import { plural } from "@/lib/format/plural";
import { log } from "@/lib/log";

// ECR images by digest (all their tags go with them), at most 100 a call; then the
// repositories, never with force: a repository that still holds an image the plan
// did not list stops the run, naming that image.

const BATCH_DELETE_LIMIT = 100;

export async function deleteEcrImages(
  aws: AwsClients,
  items: CleanupItem[],
  ctx: StepContext,
  all: readonly CleanupItem[] = items,
) {
  ctx.log("checking that no service started using these images and no tag was added");
  await recheckEcrImages(aws, items, all);
  const byRepository = new Map<string, CleanupItem[]>();
  for (const item of items) {
    const repository = located(item, "repository");
    byRepository.set(repository, [...(byRepository.get(repository) ?? []), item]);
  }
  for (const [repository, images] of byRepository) {
    for (const batch of inBatches(images, BATCH_DELETE_LIMIT)) {
      // One call per batch; each item then reports from the call's answer (or error).
      const answer = aws.ecr
        .send(
          new BatchDeleteImageCommand({
            repositoryName: repository,
            imageIds: batch.map((item) => ({ imageDigest: located(item, "digest") })),
          }),
        )
        .then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
      await forEachItem(ctx, batch, async (item) => {
        const digest = located(item, "digest");
        const settled = await answer;
        if ("error" in settled) throw settled.error;
        const failure = settled.value.failures?.find((f) => f.imageId?.imageDigest === digest);
        if (!failure) return "deleted";
        const code = failure.failureCode ?? "UnknownFailure";
        throw Object.assign(new AppError("upstream_error", `${code}: ${failure.failureReason}`), {
          name: code,
        });
      });
      log.info("cleanup deleted ecr images", { repository, count: batch.length });
    }
  }
}

export async function deleteRepositories(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  await forEachItem(ctx, items, async (item) => {
    const repositoryName = located(item, "repository");
    try {
      await aws.ecr.send(new DeleteRepositoryCommand({ repositoryName, force: false }));
    } catch (error) {
      if ((error as Error).name !== "RepositoryNotEmptyException") throw error;
      throw await notEmpty(aws, repositoryName);
    }
    log.info("cleanup deleted repository", { repository: repositoryName });
    return "deleted";
  });
}

/** Why the repository is not empty: the images in it now, which the plan did not list. */
async function notEmpty(aws: AwsClients, repository: string): Promise<AppError> {
  const images = await listImages(aws, repository);
  const shown = images.map((i) =>
    ecrImageName(repository, { digest: i.digest, tags: i.tags, sizeBytes: i.sizeBytes }),
  );
  return conflict(
    `RepositoryNotEmptyException: repository ${repository} still holds ` +
      `${plural(images.length, "image")} this plan did not list (${shown.join("; ")}), pushed ` +
      "after the plan was made. Slipway deletes only what the plan showed: delete " +
      `${images.length === 1 ? "it" : "them"} yourself, or plan again; then retry.`,
    { images: images.map((i) => ({ digest: i.digest, tags: i.tags })) },
  );
}
