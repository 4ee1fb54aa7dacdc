// Cleanup plans as the API answers them and the Cleanup page shows them. Pure: the
// page groups, ticks and unticks items with the same types and kinds.

/** Every kind a plan may hold, in the order a run removes them. */
export const CLEANUP_KINDS = [
  "service",
  "task",
  "revision",
  "ecr-image",
  "repository",
  "log-group",
  "security-group",
  "cluster",
  "local-container",
  "local-image",
  "local-volume",
] as const;
export type CleanupKind = (typeof CLEANUP_KINDS)[number];

export const KIND_TITLES: Record<CleanupKind, string> = {
  service: "Services",
  task: "Tasks",
  revision: "Task definition revisions",
  "ecr-image": "ECR images",
  repository: "ECR repositories",
  "log-group": "Log groups",
  "security-group": "Security groups",
  cluster: "Clusters",
  "local-container": "Local containers",
  "local-image": "Local images",
  "local-volume": "Local volumes",
};

/** One word or two for an item in a sentence: "service web", "log group /ecs/web". */
export const KIND_WORDS: Record<CleanupKind, string> = {
  service: "service",
  task: "task",
  revision: "revision",
  "ecr-image": "ECR image",
  repository: "repository",
  "log-group": "log group",
  "security-group": "security group",
  cluster: "cluster",
  "local-container": "container",
  "local-image": "image",
  "local-volume": "volume",
};

export type CleanupAction = "remove" | "keep";

export interface CleanupItem {
  /** Stable within the plan: the kind and what names the resource (`cluster:web`). */
  id: string;
  kind: CleanupKind;
  name: string;
  arn?: string;
  action: CleanupAction;
  /** Why it goes, or why it stays. */
  reason: string;
  /** Items that must be gone before this one goes; keeping one of them keeps this one. */
  dependsOn: string[];
  /** Position in the run, from 1. */
  order: number;
  /** What removing it frees: bytes where AWS or the engine says, else a note. */
  frees?: { bytes?: number; note?: string };
  /** What a run needs to act on it (cluster of a service, repository of an image...). */
  locator: Record<string, string>;
}

export type CleanupTarget =
  | { kind: "service"; cluster: string; service: string }
  | { kind: "cluster"; cluster: string }
  | { kind: "app"; app: string };

export interface ConfirmedNames {
  clusters: string[];
  services: Array<{ cluster: string; service: string }>;
  families: string[];
  repositories: string[];
  logGroups: string[];
  /** Group ids (sg-...) or group names. */
  securityGroups: string[];
}

export interface CleanupPlan {
  id: string;
  target: CleanupTarget;
  /** The app whose `slipway:app` tag marks what is this target's own; null when untagged. */
  app: string | null;
  names: ConfirmedNames;
  keepRevisions: number;
  local: boolean;
  aws: boolean;
  context: { profile: string | null; region: string | null; engine: string };
  createdAt: string;
  /** After this, a run refuses the plan: state has likely moved on. */
  expiresAt: string;
  items: CleanupItem[];
  /** Remarks on the plan as a whole (a confirmed name that was not found). */
  notes: string[];
  summary: CleanupSummary;
}

export interface CleanupSummary {
  remove: number;
  keep: number;
  /** Bytes the removed items free, where known. */
  bytes: number;
  byKind: Partial<Record<CleanupKind, { remove: number; keep: number }>>;
}

/** An item a run leaves because an item it depends on was unticked. */
export interface KeptByChoice {
  id: string;
  kind: CleanupKind;
  name: string;
  because: string;
}

/** What a cleanup flow keeps in its result, so a retry needs no plan. */
export interface CleanupRunResult {
  planId: string;
  target: CleanupTarget;
  context: CleanupPlan["context"];
  items: CleanupItem[];
  keptByChoice: KeptByChoice[];
}

export const describeItem = (item: Pick<CleanupItem, "kind" | "name">) =>
  `${KIND_WORDS[item.kind]} ${item.name}`;

export function describeTarget(target: CleanupTarget): string {
  if (target.kind === "service") return `service ${target.service} in ${target.cluster}`;
  if (target.kind === "cluster") return `cluster ${target.cluster}`;
  return `app ${target.app}`;
}
