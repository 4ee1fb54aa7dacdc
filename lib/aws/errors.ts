import "server-only";
import { AppError, isAppError } from "@/lib/errors";

// AWS errors, translated once onto Slipway's vocabulary. Service errors keep their
// own name in the message ("ClusterNotFoundException: ..."): that name is what a
// person searches for. Problems with credentials, region or network become
// aws_unavailable with the step that fixes them.

interface AwsServiceError {
  name?: string;
  message?: string;
  code?: string;
  $fault?: "client" | "server";
  $metadata?: { httpStatusCode?: number };
  /** Set by the attempt observer (lib/aws/middleware.ts) on network failures. */
  slipwayEndpoint?: string;
}

const THROTTLED = new Set([
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "EC2ThrottledException",
  "SlowDown",
  "ProvisionedThroughputExceededException",
  "BandwidthLimitExceeded",
]);
const REFUSED_CREDENTIALS = new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "AuthFailure",
  "ExpiredToken",
  "ExpiredTokenException",
  "RequestExpired",
]);
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);

const NOT_FOUND = /NotFound|NoSuchEntity|NoSuch[A-Z]|DoesNotExist/;
const CONFLICT = new RegExp(
  [
    "InUse",
    "NotEmpty",
    "AlreadyExists",
    "Duplicate",
    "Contains(Services|Tasks|ContainerInstances)",
    "DependencyViolation",
    "Conflict",
    "TagImmutable",
    "NotActive",
  ].join("|"),
);
const FORBIDDEN = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|Forbidden)$/;
const INVALID = /^Invalid|Validation|Malformed|MissingParameter|^ClientException$/;

export function fromAwsError(error: unknown): AppError | null {
  if (isAppError(error) || typeof error !== "object" || error === null) return null;
  const e = error as AwsServiceError;
  if (isNetworkFailure(e)) return awsUnreachable(e);
  if (e.message === "Region is missing") return regionMissing(null);
  const status = e.$metadata?.httpStatusCode;
  if (isUnreadableAnswer(e)) return unreadableAnswer(e, status);
  if (!e.$fault && status === undefined) return null;
  return fromServiceError(e.name ?? "UnknownError", e.message ?? "", status, e.$fault);
}

function fromServiceError(
  name: string,
  raw: string,
  status: number | undefined,
  fault: string | undefined,
): AppError {
  const message = raw && raw !== name ? `${name}: ${raw}` : name;
  if (THROTTLED.has(name) || status === 429) {
    return new AppError("rate_limited", `${message} (AWS kept refusing after retries)`);
  }
  if (REFUSED_CREDENTIALS.has(name)) {
    return new AppError(
      "aws_unavailable",
      `${message}. AWS refused the credentials in use: sign in again (\`aws sso login\`) ` +
        "or renew the keys (`aws configure`), then retry.",
    );
  }
  if (NOT_FOUND.test(name)) return new AppError("not_found", message);
  if (CONFLICT.test(name)) return new AppError("conflict", message);
  if (FORBIDDEN.test(name) || status === 403) return new AppError("forbidden", message);
  if (INVALID.test(name)) return new AppError("invalid_input", message);
  if (fault === "server" || (status !== undefined && status >= 500)) {
    return new AppError("upstream_error", message);
  }
  if (status === 404) return new AppError("not_found", message);
  if (status === 409) return new AppError("conflict", message);
  if (status === 400) return new AppError("invalid_input", message);
  return new AppError("upstream_error", message);
}

// The SDK could not parse the answer: a proxy's or a broken stand-in's page, or a
// region whose endpoint is something else. Its own message ("Unexpected token '<'…
// Deserialization error…") helps nobody, so say what happened and where.
function isUnreadableAnswer(e: AwsServiceError): boolean {
  return /Deserialization error/.test(e.message ?? "");
}

function unreadableAnswer(e: AwsServiceError, status: number | undefined): AppError {
  const endpoint = e.slipwayEndpoint ?? "The AWS endpoint";
  const http = status === undefined ? "" : ` (HTTP ${status})`;
  return new AppError(
    "upstream_error",
    `${endpoint} answered${http} with something that is not an AWS reply. Check the region ` +
      "and AWS_ENDPOINT_URL; a proxy or an AWS stand-in may have failed on this call.",
    { status },
  );
}

function isNetworkFailure(e: AwsServiceError): boolean {
  return (e.code !== undefined && NETWORK_CODES.has(e.code)) || e.name === "TimeoutError";
}

function awsUnreachable(e: AwsServiceError): AppError {
  const endpoint = e.slipwayEndpoint ?? "the AWS endpoint";
  const why = e.code ?? e.name ?? "no answer";
  return new AppError(
    "aws_unavailable",
    `Cannot reach ${endpoint} (${why}). Check the network, or AWS_ENDPOINT_URL if it points ` +
      "at a local AWS stand-in.",
    { endpoint, cause: why },
  );
}

export function regionMissing(profile: string | null): AppError {
  const example = profile
    ? `\`aws configure set region us-east-1 --profile ${profile}\``
    : "`aws configure set region us-east-1`";
  return new AppError(
    "aws_unavailable",
    "No AWS region chosen. Pick one in the header, set AWS_REGION, or give the profile one: " +
      `${example}.`,
  );
}

/** Why the credential chain gave nothing, with the command that fixes it. */
export function credentialsUnavailable(error: unknown, profile: string | null, sso: boolean) {
  const reason = (error as Error)?.message ?? String(error);
  const named = profile ? `profile "${profile}"` : "the default credential chain";
  const ssoExpired = /SSO|sso login|Token is expired/i.test(reason);
  let fix: string;
  if (sso || ssoExpired) {
    fix = `Run \`aws sso login${profile ? ` --profile ${profile}` : ""}\`, then retry.`;
  } else if (
    /could not be found|was not found|Could not resolve credentials using profile/.test(reason)
  ) {
    const name = profile ?? "default";
    fix = `Create it with \`aws configure --profile ${name}\`, or pick another profile.`;
  } else {
    fix =
      `Run \`aws configure${profile ? ` --profile ${profile}` : ""}\` (or \`aws sso login\` ` +
      "for an SSO profile), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.";
  }
  return new AppError(
    "aws_unavailable",
    `No usable AWS credentials for ${named}: ${reason.replace(/[.\s]*$/, ".")} ${fix}`,
    {
      profile,
    },
  );
}
