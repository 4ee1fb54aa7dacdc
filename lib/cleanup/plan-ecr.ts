import { APP_TAG } from "@/lib/aws/tags";
import { type DraftItem, draftItem, ownershipWords, type PlanInput } from "@/lib/cleanup/draft";
import type { EcrImageFact, RepositoryFact, RevisionFact, ServiceFact } from "@/lib/cleanup/facts";
import { ecrImageKey, ecrImagesNamedBy } from "@/lib/cleanup/image-refs";
import { type RevisionPlan, revisionItemId, revisionName } from "@/lib/cleanup/plan-revisions";
import { isOwned } from "@/lib/cleanup/scope";

// ECR images and repositories. An image stays while a service this cleanup leaves, or
// a revision it keeps, names it: by digest, or by a tag it holds now. A repository
// goes only with all its images, and never with force, so an image pushed after the
// plan stops the run instead of vanishing unseen.

export interface EcrPlan {
  items: DraftItem[];
  /** URIs of the repositories whose images this plan removes: local copies go too. */
  repositoryUris: string[];
}

export function planEcr(
  input: PlanInput,
  removedServices: readonly ServiceFact[],
  revisions: RevisionPlan,
): EcrPlan {
  const { facts, names, app, target } = input;
  const repositories = facts.repositories;
  const keptBecause = keptImages(input, removedServices, revisions);
  const removedBy = new Map<string, RevisionFact[]>();
  for (const revision of revisions.removed) {
    for (const image of revision.images) {
      for (const key of ecrImagesNamedBy(image, repositories)) {
        const k = ecrImageKey(key);
        removedBy.set(k, [...(removedBy.get(k) ?? []), revision]);
      }
    }
  }
  const inScope = (r: RepositoryFact) =>
    names.repositories.includes(r.name) || (target.kind === "app" && r.tags[APP_TAG] === app);
  const items: DraftItem[] = [];
  const touched = new Set<string>();

  for (const repository of repositories) {
    const whole = inScope(repository);
    const owned = isOwned(repository.tags, app, names.repositories.includes(repository.name));
    const images = (repository.images ?? []).filter(
      (image) =>
        whole || removedBy.has(ecrImageKey({ repository: repository.name, digest: image.digest })),
    );
    if (images.length === 0 && !whole) continue;
    touched.add(repository.uri);
    const imageItems = images.map((image) => {
      const key = ecrImageKey({ repository: repository.name, digest: image.digest });
      const users = removedBy.get(key) ?? [];
      let keepReason = keptBecause.get(key) ?? null;
      if (!keepReason && !owned)
        keepReason = `repository ${repository.name} is not tagged for this app`;
      const why = whole
        ? `in repository ${repository.name}, ${ownershipWords(names.repositories.includes(repository.name), app)}`
        : `used only by revisions this cleanup removes (${users.map(revisionName).join(", ")})`;
      return imageItem(repository, image, keepReason ?? why, keepReason === null, users);
    });
    items.push(...imageItems);
    if (whole) items.push(repositoryItem(repository, imageItems, input));
  }
  return { items, repositoryUris: [...touched].sort() };
}

/** Images that stay, by key, with the reason: named by a staying service or a kept revision. */
function keptImages(
  input: PlanInput,
  removedServices: readonly ServiceFact[],
  revisions: RevisionPlan,
): Map<string, string> {
  const { facts } = input;
  const byArn = new Map(facts.revisions.map((r) => [r.arn, r]));
  const kept = new Map<string, string>();
  const note = (revision: RevisionFact | undefined, reason: string) => {
    for (const image of revision?.images ?? []) {
      for (const key of ecrImagesNamedBy(image, facts.repositories)) {
        if (!kept.has(ecrImageKey(key))) kept.set(ecrImageKey(key), reason);
      }
    }
  };
  for (const service of facts.services) {
    if (removedServices.includes(service) || service.status === "INACTIVE") continue;
    for (const arn of service.taskDefinitions) {
      const revision = byArn.get(arn);
      const named = revision ? ` (${revisionName(revision)})` : "";
      note(revision, `used by service ${service.name} in cluster ${service.cluster}${named}`);
    }
  }
  for (const [arn, why] of revisions.kept) {
    const revision = byArn.get(arn);
    if (revision) note(revision, `used by revision ${revisionName(revision)}, which stays: ${why}`);
  }
  return kept;
}

export function ecrImageName(repository: string, image: EcrImageFact): string {
  if (image.tags.length > 0) return `${repository}:${image.tags.join(", ")}`;
  return `${repository}@${image.digest.slice(0, 19)}`;
}

function imageItem(
  repository: RepositoryFact,
  image: EcrImageFact,
  reason: string,
  remove: boolean,
  users: readonly RevisionFact[],
): DraftItem {
  const bytes = remove && image.sizeBytes !== null ? { frees: { bytes: image.sizeBytes } } : {};
  return draftItem(
    "ecr-image",
    ecrImageKey({ repository: repository.name, digest: image.digest }),
    {
      name: ecrImageName(repository.name, image),
      action: remove ? "remove" : "keep",
      reason,
      dependsOn: users.map(revisionItemId),
      ...bytes,
      // The tags it holds now: a run refuses a tag added after the plan.
      locator: { repository: repository.name, digest: image.digest, tags: image.tags.join(",") },
    },
  );
}

function repositoryItem(
  repository: RepositoryFact,
  images: readonly DraftItem[],
  input: PlanInput,
): DraftItem {
  const stays = images.find((i) => i.action === "keep");
  const confirmed = input.names.repositories.includes(repository.name);
  return draftItem("repository", repository.name, {
    name: repository.name,
    arn: repository.arn,
    action: stays ? "keep" : "remove",
    reason: stays
      ? `holds ${stays.name}, which stays: ${stays.reason}`
      : `${ownershipWords(confirmed, input.app)}: deleted once its images are gone (without ` +
        "force: an image pushed after this plan stops the run)",
    dependsOn: images.map((i) => i.id),
    locator: { repository: repository.name },
  });
}
