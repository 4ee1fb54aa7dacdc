import { NO_CREDENTIALS, UNAUTHORIZED, unreachableMessage } from "@/lib/docker/registry-text";
import type { ErrorCode } from "@/lib/errors";

// The engine reports a failed pull as free text, either as the reply to the pull
// call or as an error message inside the stream. These are the texts Docker 20.10
// gives (seen against docker-registry on 127.0.0.1), turned into one clear sentence.

export interface PullFailure {
  code: ErrorCode;
  message: string;
}

const DENIED = /pull access denied|repository does not exist or may require/i;
const NOT_FOUND = /not found|manifest unknown|name unknown|unknown blob/i;

export function classifyPullError(
  engineText: string,
  reference: string,
  registry: string,
): PullFailure {
  const text = engineText.trim();
  const why = ` (engine: ${text})`;
  const unreachable = unreachableMessage(text, registry);
  if (unreachable) return { code: "upstream_error", message: unreachable };
  if (NO_CREDENTIALS.test(text)) {
    return {
      code: "unauthorized",
      message: `Registry ${registry} asks for credentials and none are saved for it${why}`,
    };
  }
  if (UNAUTHORIZED.test(text)) {
    return {
      code: "unauthorized",
      message: `Registry ${registry} refused the saved credentials (unauthorized)${why}`,
    };
  }
  if (DENIED.test(text)) {
    return {
      code: "not_found",
      message:
        `${reference} not found in registry ${registry}, or it needs credentials ` +
        `that are not saved${why}`,
    };
  }
  if (NOT_FOUND.test(text)) {
    return { code: "not_found", message: `${reference} not found in registry ${registry}${why}` };
  }
  return { code: "upstream_error", message: `Pull of ${reference} failed: ${text}` };
}
