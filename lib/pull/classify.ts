import type { ErrorCode } from "@/lib/errors";

// The engine reports a failed pull as free text, either as the reply to the pull
// call or as an error message inside the stream. These are the texts Docker 20.10
// gives (seen against docker-registry on 127.0.0.1), turned into one clear sentence.

export interface PullFailure {
  code: ErrorCode;
  message: string;
}

const UNREACHABLE = new RegExp(
  [
    "connection refused",
    "no such host",
    "i/o timeout",
    "network is unreachable",
    "no route to host",
    "connection reset",
    "server gave HTTP response to HTTPS client",
    "TLS handshake timeout",
    "dial tcp",
  ].join("|"),
  "i",
);
const NO_CREDENTIALS = /no basic auth credentials/i;
export const UNAUTHORIZED = /unauthorized|authentication required|incorrect username or password/i;
const DENIED = /pull access denied|repository does not exist or may require/i;
const NOT_FOUND = /not found|manifest unknown|name unknown|unknown blob/i;

export function classifyPullError(
  engineText: string,
  reference: string,
  registry: string,
): PullFailure {
  const text = engineText.trim();
  const why = ` (engine: ${text})`;
  const unreachable = unreachableRegistry(text, registry);
  if (unreachable) return unreachable;
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

/** "Cannot reach registry X: connection refused", when the engine's text says so. */
export function unreachableRegistry(engineText: string, registry: string): PullFailure | null {
  const text = engineText.trim();
  if (!UNREACHABLE.test(text)) return null;
  const cause = /connect: ([^"]+)$/.exec(text)?.[1]?.trim();
  return {
    code: "upstream_error",
    message: `Cannot reach registry ${registry}${cause ? `: ${cause}` : ""} (engine: ${text})`,
  };
}
