import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { repositoryFacts } from "@/lib/cleanup/discover/ecr";
import { clusterFacts, serviceFacts } from "@/lib/cleanup/discover/ecs";
import { revisionFacts } from "@/lib/cleanup/discover/revisions";
import type { RepositoryFact } from "@/lib/cleanup/facts";
import { ecrImageKey, ecrImagesNamedBy } from "@/lib/cleanup/image-refs";
import { located } from "@/lib/cleanup/steps/each";
import type { CleanupItem } from "@/lib/cleanup/types";
import { conflict } from "@/lib/errors";

// The plan was made a while ago: before an image goes, look again. A service this run
// does not remove may have started using it since (by digest, or by a tag it holds
// now), or a tag may have been pushed onto it; either stops the run, naming the
// service or the tag, instead of deleting what the user never saw in the plan.

export async function recheckEcrImages(
  aws: AwsClients,
  images: readonly CleanupItem[],
  runItems: readonly CleanupItem[],
): Promise<void> {
  const names = [...new Set(images.map((i) => located(i, "repository")))];
  const repositories = await repositoryFacts(aws, { taggedFor: null, names, uris: [] });
  checkNewTags(images, repositories);
  await checkUsers(aws, images, runItems, repositories);
}

/** A tag on a planned digest that the plan did not show (only plans that recorded tags). */
function checkNewTags(images: readonly CleanupItem[], repositories: readonly RepositoryFact[]) {
  for (const item of images) {
    const planned = item.locator.tags;
    if (planned === undefined) continue;
    const repository = repositories.find((r) => r.name === item.locator.repository);
    const now = repository?.images?.find((i) => i.digest === item.locator.digest);
    const added = (now?.tags ?? []).filter((t) => !planned.split(",").includes(t));
    if (added.length === 0) continue;
    throw conflict(
      `ECR image ${item.name} now also carries the tag ${added.join(", ")}, pushed after the ` +
        `plan was made: Slipway deletes only what the plan showed. Remove the tag ` +
        "yourself, or plan again; then retry.",
      { image: item.name, tags: added },
    );
  }
}

async function checkUsers(
  aws: AwsClients,
  images: readonly CleanupItem[],
  runItems: readonly CleanupItem[],
  repositories: readonly RepositoryFact[],
) {
  const removed = new Set(
    runItems.filter((i) => i.kind === "service").map((i) => serviceId(i.locator)),
  );
  const planned = new Map(
    images.map((i) => [
      ecrImageKey({ repository: located(i, "repository"), digest: located(i, "digest") }),
      i,
    ]),
  );
  const services = (await serviceFacts(aws, await clusterFacts(aws))).filter(
    (s) =>
      s.status === "ACTIVE" && !removed.has(serviceId({ cluster: s.cluster, service: s.name })),
  );
  const revisions = await revisionFacts(
    aws,
    services.flatMap((s) => s.taskDefinitions),
  );
  const byArn = new Map(revisions.map((r) => [r.arn, r]));
  for (const service of services) {
    for (const arn of service.taskDefinitions) {
      for (const reference of byArn.get(arn)?.images ?? []) {
        for (const key of ecrImagesNamedBy(reference, repositories)) {
          const item = planned.get(ecrImageKey(key));
          if (!item) continue;
          throw conflict(
            `ECR image ${item.name} is now used by service ${service.name} in cluster ` +
              `${service.cluster} (${reference}), which started using it after the plan was ` +
              "made: it stays. Plan again to see what can go; then retry.",
            { image: item.name, service: service.name, cluster: service.cluster },
          );
        }
      }
    }
  }
}

const serviceId = (locator: Record<string, string | undefined>) =>
  `${locator.cluster}/${locator.service}`;
