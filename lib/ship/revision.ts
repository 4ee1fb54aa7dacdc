import { cleanPastedDefinition, type DroppedKey } from "@/lib/ecs/task-definitions/clean-up";
import { invalidInput } from "@/lib/errors";

// The new revision a ship registers: a copy of the service's current task definition
// in which the app's container runs the pushed image, pinned by its digest. Pinning
// means every task of the revision runs exactly the bytes that were pushed, even if
// the tag moves later. Pure: unit-tested on describe output.

export interface PinnedImage {
  /** The repository's own URI (`<registry>/<name>`), never one built from account and region. */
  repositoryUri: string;
  /** `sha256:<64 hex>`. */
  digest: string;
}

/** `<repositoryUri>@sha256:...`: the image reference a revision runs. */
export const pinnedImageUri = (image: PinnedImage) => `${image.repositoryUri}@${image.digest}`;

/** Whether `image` names an image of that repository (by tag, by digest, or bare). */
export function isInRepository(image: string, repositoryUri: string): boolean {
  return (
    image === repositoryUri ||
    image.startsWith(`${repositoryUri}:`) ||
    image.startsWith(`${repositoryUri}@`)
  );
}

interface NamedContainer {
  name: string;
  image: string;
}

/**
 * The container that runs the app: the one named, else the one whose image is in the
 * repository, else the only container. Anything else is a choice Slipway will not
 * guess: the error names the containers so the user can pick one.
 */
export function appContainer(
  containers: readonly NamedContainer[],
  repositoryUri: string,
  named?: string,
): string {
  const list = containers.map((c) => `${c.name} (${c.image})`).join(", ");
  if (named !== undefined) {
    if (containers.some((c) => c.name === named)) return named;
    throw invalidInput(`container: the task definition has no container ${named}; it has ${list}`);
  }
  const inRepository = containers.filter((c) => isInRepository(c.image, repositoryUri));
  if (inRepository.length === 1) return (inRepository[0] as NamedContainer).name;
  if (inRepository.length === 0 && containers.length === 1) {
    return (containers[0] as NamedContainer).name;
  }
  const why =
    inRepository.length > 1
      ? `${inRepository.length} of its containers run images of ${repositoryUri}`
      : `none of its containers runs an image of ${repositoryUri}`;
  throw invalidInput(
    `container: ${why}, so Slipway cannot tell which one is the app. Its containers: ` +
      `${list}. Name the one to ship with "container".`,
  );
}

export interface RewrittenRevision {
  /** RegisterTaskDefinition's input (tags included when the copy had any). */
  definition: Record<string, unknown>;
  container: string;
  /** The image the container ran before. */
  previousImage: string;
  /** Keys of the copy that RegisterTaskDefinition would refuse or that were empty. */
  dropped: DroppedKey[];
}

/**
 * A copy of `described` (describe-task-definition output, or the task definition
 * itself) ready to register, with the app container's image replaced by the pinned
 * image. Read-only keys (revision, status, compatibilities...) are dropped.
 */
export function revisionWithImage(
  described: unknown,
  image: PinnedImage,
  named?: string,
): RewrittenRevision {
  const { definition, dropped } = cleanPastedDefinition(described);
  const containers = containersOf(definition);
  const container = appContainer(
    containers.map((c) => ({ name: String(c.name ?? ""), image: String(c.image ?? "") })),
    image.repositoryUri,
    named,
  );
  let previousImage = "";
  const rewritten = containers.map((c) => {
    if (c.name !== container) return c;
    previousImage = String(c.image ?? "");
    return { ...c, image: pinnedImageUri(image) };
  });
  return {
    definition: { ...definition, containerDefinitions: rewritten },
    container,
    previousImage,
    dropped,
  };
}

function containersOf(definition: Record<string, unknown>): Array<Record<string, unknown>> {
  const containers = definition.containerDefinitions;
  if (!Array.isArray(containers) || containers.length === 0) {
    throw invalidInput("The task definition has no containers to ship to");
  }
  return containers as Array<Record<string, unknown>>;
}
