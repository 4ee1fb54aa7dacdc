import "server-only";
import { fromDockerError } from "@/lib/docker/errors";

/** Maps errors of the systems Slipway talks to onto its own vocabulary. */
export function translateError(error: unknown): unknown {
  return fromDockerError(error) ?? error;
}
