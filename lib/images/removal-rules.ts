import { plural } from "@/lib/format/plural";
import { parseImageReference } from "@/lib/images/reference";
import type { ImageContainer } from "@/lib/images/types";

// What `docker rmi <ref>` will do, worked out before asking the engine, so that a
// refusal can name the containers in the way. Pure; remove.ts does the calls.

/** States in which the engine counts a container as running (a hard conflict). */
const ACTIVE_STATES = new Set(["running", "paused", "restarting"]);

export const isActive = (container: ImageContainer) => ACTIVE_STATES.has(container.state);

/** The engine takes a hex string that starts the image id as the id, not as a name. */
export function isIdReference(ref: string, imageId: string): boolean {
  const hex = ref.replace(/^sha256:/, "");
  return /^[0-9a-f]+$/.test(hex) && imageId.replace(/^sha256:/, "").startsWith(hex);
}

/** `docker.io/library/busybox` and `busybox` are one repository to the engine. */
function familiarRepository(repository: string): string {
  return repository.replace(/^(?:docker\.io|index\.docker\.io)\//, "").replace(/^library\//, "");
}

/**
 * The names an image keeps once the engine untags `ref`. Like the engine, untagging
 * the last tag of a repository also drops that repository's digest names.
 */
export function namesLeftAfterUntag(
  ref: string,
  tags: readonly string[],
  digests: readonly string[],
): string[] {
  const named = parseImageReference(ref);
  const repository = familiarRepository(named.repository);
  const isSame = (name: string) => {
    const other = parseImageReference(name);
    if (familiarRepository(other.repository) !== repository) return false;
    return named.digest ? other.digest === named.digest : other.tag === named.tag;
  };

  const tagsLeft = tags.filter((tag) => named.digest !== undefined || !isSame(tag));
  const digestsLeft = digests.filter((digest) => named.digest === undefined || !isSame(digest));
  if (named.digest !== undefined) return [...tagsLeft, ...digestsLeft];

  const repositoryKeepsATag = tagsLeft.some(
    (tag) => familiarRepository(parseImageReference(tag).repository) === repository,
  );
  const keptDigests = repositoryKeepsATag
    ? digestsLeft
    : digestsLeft.filter(
        (digest) => familiarRepository(parseImageReference(digest).repository) !== repository,
      );
  return [...tagsLeft, ...keptDigests];
}

/** True when removing `ref` only takes a name away and the image stays. */
export function removesOnlyTag(
  ref: string,
  imageId: string,
  tags: readonly string[],
  digests: readonly string[],
): boolean {
  if (isIdReference(ref, imageId)) return false;
  return namesLeftAfterUntag(ref, tags, digests).length > 0;
}

/** "running container web (0123456789ab)" or "2 stopped containers: a (…), b (…)". */
export function describeUsers(containers: readonly ImageContainer[], state: string): string {
  const list = containers.map((c) => `${c.name} (${c.id.slice(0, 12)})`).join(", ");
  return containers.length === 1
    ? `${state} container ${list}`
    : `${plural(containers.length, `${state} container`)}: ${list}`;
}

/**
 * The containers that make Slipway refuse to remove `ref`: running ones, when the
 * removal would take the image and not just a name. With force the engine would not
 * remove such an image either: it would untag the name and leave the image dangling
 * while the container runs, which is never what a person asked for.
 */
export function runningBlockers(
  ref: string,
  image: { id: string; tags: readonly string[]; digests: readonly string[] },
  containers: readonly ImageContainer[],
): ImageContainer[] {
  if (removesOnlyTag(ref, image.id, image.tags, image.digests)) return [];
  return containers.filter(isActive);
}

/** Why Slipway refuses, after "Image X is used by <users>. ". */
export const RUNNING_REFUSAL =
  "Slipway refuses to remove it: with force the engine would only untag it and leave " +
  "the image dangling while the container runs. Stop and remove that container first.";
