import "server-only";
import { takenHostAddress } from "@/lib/containers/engine-ports";
import { bracketed, formatPortSpec, type PortSpec } from "@/lib/containers/port-spec";
import { dockerMessage } from "@/lib/docker/errors";
import { conflict, isAppError } from "@/lib/errors";

/**
 * A start that failed because a host port is taken becomes a conflict naming the port
 * (and the spec that asked for it); any other failure passes on unchanged.
 */
export function explainStartFailure(error: unknown, specs: readonly PortSpec[]): unknown {
  if (isAppError(error) || typeof error !== "object" || error === null) return error;
  if (typeof (error as { statusCode?: unknown }).statusCode !== "number") return error;
  const engineMessage = dockerMessage(error as Parameters<typeof dockerMessage>[0]);
  const taken = takenHostAddress(engineMessage);
  if (!taken) return error;

  const spec = specs.find((s) => s.hostPort === taken.hostPort);
  const address = `${bracketed(taken.hostIp || "0.0.0.0")}:${taken.hostPort}`;
  const asked = spec ? ` (port spec ${formatPortSpec(spec)})` : "";
  return conflict(
    `Host port ${taken.hostPort}${asked} is already taken: something else listens on ` +
      `${address}. Choose another host port, or stop what holds it.`,
    { hostIp: taken.hostIp, hostPort: taken.hostPort, spec: spec ? formatPortSpec(spec) : null },
  );
}
