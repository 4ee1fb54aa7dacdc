import { NO_CREDENTIALS, UNAUTHORIZED, unreachableMessage } from "@/lib/docker/registry-text";
import type { ErrorCode } from "@/lib/errors";

// A push to ECR answers HTTP 200 and reports the registry's refusal inside the
// engine's stream (case E1): every such message is a failure, and these are the ones
// a person can act on, in ECR's own words (and the stand-in registry's, in tests).

export interface PushFailure {
  code: ErrorCode;
  message: string;
}

// "tag invalid: The image tag 'v1' already exists in the 'app' repository and cannot
// be overwritten because the repository is immutable."
const IMMUTABLE_TAG = /tag invalid:.*already exists.*immutable/i;
const EXPIRED_TOKEN = /authorization token has expired/i;
// "name unknown: The repository with name 'app' does not exist in the registry ..."
const NO_REPOSITORY = /name unknown|repository with name .* does not exist/i;
// "denied: User: arn:... is not authorized to perform: ecr:InitiateLayerUpload ..."
const DENIED = /denied|not authorized to perform/i;

/** `target` is `<repositoryUri>:<tag>`; `registry` its host. */
export function classifyPushFailure(
  engineText: string,
  target: string,
  registry: string,
): PushFailure {
  const text = engineText.trim();
  const why = ` (registry: ${text})`;
  if (IMMUTABLE_TAG.test(text)) {
    return {
      code: "conflict",
      message:
        `Tag ${tagOf(target)} already exists in ${repositoryOf(target)}, whose tags are ` +
        `immutable: push under a new tag${why}`,
    };
  }
  const unreachable = unreachableMessage(text, registry);
  if (unreachable) return { code: "upstream_error", message: unreachable };
  if (EXPIRED_TOKEN.test(text) || NO_CREDENTIALS.test(text) || UNAUTHORIZED.test(text)) {
    return {
      code: "unauthorized",
      message: `Registry ${registry} refused the credentials of ECR's authorization token${why}`,
    };
  }
  if (NO_REPOSITORY.test(text)) {
    return { code: "not_found", message: `Repository ${repositoryOf(target)} not found${why}` };
  }
  if (DENIED.test(text)) {
    return {
      code: "forbidden",
      message: `Registry ${registry} denied the push of ${target}: check the identity's ECR permissions${why}`,
    };
  }
  return { code: "upstream_error", message: `Push of ${target} failed: ${text}` };
}

function tagOf(target: string): string {
  return target.slice(target.lastIndexOf(":") + 1);
}

function repositoryOf(target: string): string {
  return target.slice(0, target.lastIndexOf(":"));
}
