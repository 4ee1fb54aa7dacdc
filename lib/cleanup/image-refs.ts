import type { RepositoryFact } from "@/lib/cleanup/facts";
import { parseImageReference } from "@/lib/images/reference";

// Which ECR images a container image in a task definition names. A reference pins
// an image by digest (`<uri>@sha256:...`), or names a tag (`<uri>:v1`, `<uri>` meaning
// `latest`), which is the image that holds the tag now. The repository is matched by
// its whole URI, never by a part of it. Pure.

export interface EcrImageKey {
  repository: string;
  digest: string;
}

export const ecrImageKey = (key: EcrImageKey) => `${key.repository}@${key.digest}`;

export function ecrImagesNamedBy(
  reference: string,
  repositories: readonly RepositoryFact[],
): EcrImageKey[] {
  const ref = parseImageReference(reference);
  const repository = repositories.find((r) => r.uri === ref.repository);
  if (!repository?.images) return [];
  const named = repository.images.filter((image) =>
    ref.digest ? image.digest === ref.digest : image.tags.includes(ref.tag),
  );
  return named.map((image) => ({ repository: repository.name, digest: image.digest }));
}

/** The repository a reference points into, by whole URI; undefined when none of these. */
export function repositoryOfReference(
  reference: string,
  repositories: readonly RepositoryFact[],
): RepositoryFact | undefined {
  const ref = parseImageReference(reference);
  return repositories.find((r) => r.uri === ref.repository);
}
