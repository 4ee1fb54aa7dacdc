import type { CleanupKind } from "@/lib/cleanup/types";

// "Already gone" counts as done: a retry, or a resource someone removed by hand,
// must not fail a cleanup. Each kind knows the errors AWS or the engine answer for a
// resource that no longer exists. Pure: read from the error's name, message and status.

interface ErrorShape {
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
}

const CLUSTER = ["ClusterNotFoundException"];
const NAMES: Partial<Record<CleanupKind, string[]>> = {
  cluster: CLUSTER,
  // A service whose cluster is gone is gone with it; ECS says ServiceNotActive for an
  // INACTIVE one.
  service: ["ServiceNotFoundException", "ServiceNotActiveException", ...CLUSTER],
  task: [...CLUSTER],
  "ecr-image": ["ImageNotFoundException", "ImageNotFound", "RepositoryNotFoundException"],
  repository: ["RepositoryNotFoundException"],
  "log-group": ["ResourceNotFoundException"],
  "security-group": ["InvalidGroup.NotFound", "InvalidGroupId.NotFound"],
};

// ECS answers an unknown revision or task with a generic exception and these words.
const MESSAGES: Partial<Record<CleanupKind, RegExp>> = {
  revision: /does not exist|Unable to describe task definition/i,
  task: /task was not found|task .*does not exist/i,
};

const LOCAL = new Set<CleanupKind>(["local-container", "local-image", "local-volume"]);

export function isAlreadyGone(kind: CleanupKind, error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as ErrorShape;
  if (LOCAL.has(kind)) return e.statusCode === 404;
  const name = typeof e.name === "string" ? e.name : "";
  if (NAMES[kind]?.includes(name)) return true;
  const message = typeof e.message === "string" ? e.message : "";
  const generic = name === "ClientException" || name === "InvalidParameterException";
  return generic && (MESSAGES[kind]?.test(message) ?? false);
}
