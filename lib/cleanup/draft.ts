import type { CleanupFacts } from "@/lib/cleanup/facts";
import type { CleanupItem, CleanupKind, CleanupTarget, ConfirmedNames } from "@/lib/cleanup/types";

// What every planner gets and gives. Planners give items without their run order;
// build-plan.ts orders them and carries a kept item over to what depends on it.

export type DraftItem = Omit<CleanupItem, "order">;

export interface PlanInput {
  target: CleanupTarget;
  names: ConfirmedNames;
  keepRevisions: number;
  /** The app whose tag marks the target's own resources; null when untagged. */
  app: string | null;
  facts: CleanupFacts;
}

export const itemId = (kind: CleanupKind, key: string) => `${kind}:${key}`;

export function draftItem(
  kind: CleanupKind,
  key: string,
  fields: Omit<DraftItem, "id" | "kind" | "dependsOn"> & { dependsOn?: string[] },
): DraftItem {
  const dependsOn = [...new Set(fields.dependsOn ?? [])].sort();
  return { id: itemId(kind, key), kind, ...fields, dependsOn };
}

/** "tagged slipway:app=shop" or "named by you": why a resource counts as the target's. */
export function ownershipWords(confirmed: boolean, app: string | null): string {
  return confirmed ? "named by you" : `tagged slipway:app=${app ?? ""}`;
}
