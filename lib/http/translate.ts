import "server-only";
import { fromAwsError } from "@/lib/aws/errors";
import { fromDockerError } from "@/lib/docker/errors";

/** Maps errors of the systems Slipway talks to onto its own vocabulary. */
export function translateError(error: unknown): unknown {
  // AWS first: SDK errors carry `$metadata`, which the engine's never do, while a
  // network failure on either side is told apart by the endpoint it names.
  return fromAwsError(error) ?? fromDockerError(error) ?? error;
}
