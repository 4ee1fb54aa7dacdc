import "server-only";
import { fromAwsError } from "@/lib/aws/errors";
import { fromDockerError } from "@/lib/docker/errors";

/** Maps errors of the systems Slipway talks to onto its own vocabulary. */
export function translateError(error: unknown): unknown {
  // A socket failure that AWS's middleware did not tag with its endpoint came from an
  // engine: a tcp engine refuses with the same ECONNREFUSED as an AWS endpoint.
  if (isUntaggedSocketFailure(error)) return fromDockerError(error) ?? error;
  // AWS first: SDK errors carry `$metadata`, which the engine's never do, while a
  // network failure on either side is told apart by the endpoint it names.
  return fromAwsError(error) ?? fromDockerError(error) ?? error;
}

function isUntaggedSocketFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; syscall?: unknown };
  return (
    typeof e.code === "string" &&
    typeof e.syscall === "string" &&
    !("slipwayEndpoint" in error) &&
    !("$metadata" in error)
  );
}
