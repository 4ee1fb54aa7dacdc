// Image references as Docker reads them: [registry/]path[:tag][@digest]. Pure, so the
// browser validates a new tag with the same rules the server applies.
//
// The trap (case D7): `localhost:5000/shop-api:latest` has two colons. A tag is what
// follows the last ":" only when no "/" comes after it; otherwise the colon belongs to
// the registry's port and the tag is `latest`.

export interface ImageReference {
  /** Registry host[:port] when the first component names one (`localhost:5000`). */
  registry?: string;
  /** The full repository, registry included: `localhost:5000/shop-api`. */
  repository: string;
  /** The repository without its registry: `shop-api`. */
  path: string;
  /** The tag given, or `latest`. */
  tag: string;
  /** False when the text named no tag (the tag is then `latest`, or none beside a digest). */
  explicitTag: boolean;
  /** `sha256:<64 hex>` when the text pinned a digest with `@`. */
  digest?: string;
}

export const DEFAULT_TAG = "latest";

/** Splits a reference into its parts without judging them (see checkImageReference). */
export function parseImageReference(text: string): ImageReference {
  const at = text.indexOf("@");
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const named = at >= 0 ? text.slice(0, at) : text;

  const colon = named.lastIndexOf(":");
  const hasTag = colon >= 0 && !named.slice(colon + 1).includes("/");
  const repository = hasTag ? named.slice(0, colon) : named;
  const tag = hasTag ? named.slice(colon + 1) : DEFAULT_TAG;

  const registry = registryOf(repository);
  const path = registry === undefined ? repository : repository.slice(registry.length + 1);
  return {
    ...(registry === undefined ? {} : { registry }),
    repository,
    path,
    tag,
    explicitTag: hasTag,
    ...(digest === undefined ? {} : { digest }),
  };
}

/**
 * Docker's rule: the first component names a registry when it holds a "." or ":", is
 * `localhost`, or has capitals (a path component never may).
 */
function registryOf(repository: string): string | undefined {
  const slash = repository.indexOf("/");
  if (slash < 0) return undefined;
  const first = repository.slice(0, slash);
  const looksLikeHost =
    /[.:]/.test(first) || first === "localhost" || first !== first.toLowerCase();
  return looksLikeHost ? first : undefined;
}

/** Writes a reference back; a digest-only reference gets no `:latest`. */
export function formatImageReference(ref: ImageReference): string {
  const tag = ref.explicitTag || !ref.digest ? `:${ref.tag}` : "";
  const digest = ref.digest ? `@${ref.digest}` : "";
  return `${ref.repository}${tag}${digest}`;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const SHA256 = /^sha256:[0-9a-f]{64}$/;
const MAX_NAME = 255;

export type ReferenceCheck =
  | { ok: true; reference: ImageReference }
  | { ok: false; problem: string };

/**
 * Checks a reference against Docker's grammar. On failure, `problem` names the part at
 * fault (registry, path component, tag or digest) in words a person can act on.
 */
export function checkImageReference(
  text: string,
  options: { allowDigest?: boolean } = {},
): ReferenceCheck {
  const problem = findProblem(text, options.allowDigest ?? true);
  return problem ? { ok: false, problem } : { ok: true, reference: parseImageReference(text) };
}

/** A new name for an image: repository[:tag], no digest (the engine cannot tag one). */
export function checkNewTag(text: string): ReferenceCheck {
  return checkImageReference(text, { allowDigest: false });
}

const IMAGE_ID = /^(?:sha256:)?[0-9a-f]{1,64}$/;

/**
 * An existing image named by reference or by its id (`sha256:` and 64 hex digits, or
 * a prefix of them), as routes and the run dialog take one; null when it may be one.
 */
export function imageNameProblem(text: string): string | null {
  if (IMAGE_ID.test(text)) return null;
  return findProblem(text, true);
}

function findProblem(text: string, allowDigest: boolean): string | null {
  if (text.trim() === "") return "The image reference is empty";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  if (/[\u0000-\u001f\u007f]/.test(text)) {
    return `${JSON.stringify(text)} holds a control character; an image reference has none`;
  }
  if (/\s/.test(text)) return `"${text}" holds a space; an image reference has none`;
  const ref = parseImageReference(text);

  if (ref.digest !== undefined) {
    if (!allowDigest) {
      return `A new tag cannot hold a digest ("@${ref.digest}"); write repository:tag`;
    }
    const digestProblem = checkDigest(ref.digest);
    if (digestProblem) return digestProblem;
  }
  if (ref.explicitTag && !TAG.test(ref.tag)) return tagProblem(ref.tag);
  if (ref.repository === "") return "The repository name is empty";
  if (ref.repository.length > MAX_NAME) {
    return `The repository name is longer than ${MAX_NAME} characters`;
  }
  if (ref.registry !== undefined) {
    const registryProblem = checkRegistry(ref.registry);
    if (registryProblem) return registryProblem;
  }
  if (/^[a-f0-9]{64}$/.test(ref.path)) {
    return `Repository "${ref.path}" looks like an image id (64 hex digits); pick another name`;
  }
  return checkPath(ref.path);
}

function checkDigest(digest: string): string | null {
  if (!DIGEST.test(digest)) {
    return `Digest "${digest}" is not algorithm:hex, such as sha256: and 64 hex digits`;
  }
  if (digest.startsWith("sha256:") && !SHA256.test(digest)) {
    return `Digest "${digest}" must be sha256: followed by 64 lowercase hex digits`;
  }
  return null;
}

/** Why `tag` is not a valid Docker tag, or null when it is. */
export function imageTagProblem(tag: string): string | null {
  return TAG.test(tag) ? null : tagProblem(tag);
}

function tagProblem(tag: string): string {
  if (tag === "") return 'The tag after ":" is empty';
  if (tag.length > 128) return `Tag "${tag.slice(0, 20)}…" is longer than 128 characters`;
  return (
    `Tag "${tag}" is invalid: use letters, digits, "_", "." and "-", ` +
    'starting with a letter, digit or "_"'
  );
}

function checkRegistry(registry: string): string | null {
  const colon = registry.indexOf(":");
  const host = colon >= 0 ? registry.slice(0, colon) : registry;
  const port = colon >= 0 ? registry.slice(colon + 1) : undefined;
  if (port !== undefined && !/^[0-9]+$/.test(port)) {
    return `Registry port "${port}" in "${registry}" must be digits`;
  }
  const badLabel = host.split(".").find((label) => !HOST_COMPONENT.test(label));
  if (badLabel !== undefined) {
    return (
      `Registry host "${host}" is invalid at "${badLabel}": ` +
      "use letters, digits and inner dashes between the dots"
    );
  }
  return null;
}

function checkPath(path: string): string | null {
  for (const component of path.split("/")) {
    if (component === "") return `Repository "${path}" has an empty path component`;
    if (PATH_COMPONENT.test(component)) continue;
    if (PATH_COMPONENT.test(component.toLowerCase())) {
      return `Repository path component "${component}" must be lowercase`;
    }
    return (
      `Repository path component "${component}" is invalid: use lowercase letters and ` +
      'digits, joined by single ".", "_", "__" or dashes'
    );
  }
  return null;
}

/**
 * A route segment as Next hands it over. Whether it arrives decoded or not, a reference
 * never holds "%", so decoding what still holds one is safe.
 */
export function decodeReferenceSegment(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed escape is passed on as typed: the engine then names no such image.
    return segment;
  }
}
