// Prune: what a preview lists and what a run reports. No Node imports: the prune dialog
// uses these types and the kinds list.

/** In the order a run removes them: containers first frees their images and volumes. */
export const PRUNE_KINDS = ["containers", "images", "volumes", "networks", "buildCache"] as const;
export type PruneKind = (typeof PRUNE_KINDS)[number];

export interface PruneOptions {
  kinds: PruneKind[];
  /**
   * Images: only those with no tag and no digest (else every unused image). Volumes:
   * only anonymous ones (else every unused volume). No effect on the other kinds.
   */
  dangling: boolean;
  /** `key` or `key=value`; a resource must carry every one of them. */
  labels: string[];
}

export interface PruneItem {
  kind: PruneKind;
  /** What the engine removes it by: container, image and network id, volume name. */
  id: string;
  /** How people know it: container name, image tags, volume or network name. */
  name: string;
  /** Bytes it frees: an image's own layers (what it shares is kept), a volume's data. */
  size: number;
  /** Why it is planned although something refers to it now. */
  note?: string;
}

export interface PrunePlan {
  /** Hand back with `preview: false` to remove exactly these items. */
  planId: string;
  /** ISO 8601; the server forgets the plan after this. */
  expiresAt: string;
  options: PruneOptions;
  items: PruneItem[];
  total: { count: number; size: number };
  /** Remarks about the plan as a whole (a kind the engine cannot filter by label). */
  notes: string[];
}

export interface PruneSkip extends PruneItem {
  reason: string;
}

export interface PruneResult {
  planId: string;
  removed: PruneItem[];
  skipped: PruneSkip[];
  /** The sizes the plan gave the items removed. */
  spaceFreed: number;
}
