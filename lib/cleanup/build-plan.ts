import type { DraftItem, PlanInput } from "@/lib/cleanup/draft";
import { planEcr } from "@/lib/cleanup/plan-ecr";
import { planLocal } from "@/lib/cleanup/plan-local";
import { planLogGroups } from "@/lib/cleanup/plan-log-groups";
import { planRevisions } from "@/lib/cleanup/plan-revisions";
import { planSecurityGroups } from "@/lib/cleanup/plan-security-groups";
import { planServices } from "@/lib/cleanup/plan-services";
import { heldBack, heldBackReason } from "@/lib/cleanup/selection";
import { CLEANUP_KINDS, type CleanupItem } from "@/lib/cleanup/types";

// The whole plan from what discovery found: every item, removed or kept with its
// reason, in run order. Pure.

export interface PlanParts {
  aws: boolean;
  local: boolean;
}

export function buildPlanItems(input: PlanInput, parts: PlanParts): CleanupItem[] {
  const services = planServices(input);
  const revisions = planRevisions(input, services.removed);
  const ecr = planEcr(input, services.removed, revisions);
  const aws = [
    ...services.items,
    ...revisions.items,
    ...ecr.items,
    ...planLogGroups(input, services.removed, revisions),
    ...planSecurityGroups(input, services.removed),
  ];
  const local = parts.local ? planLocal(input, ecr.repositoryUris) : [];
  return inRunOrder(keepDependents([...(parts.aws ? aws : []), ...local]));
}

/** An item that depends on a kept one is kept too, and says which. */
function keepDependents(items: DraftItem[]): DraftItem[] {
  const known = new Set(items.map((i) => i.id));
  const linked = items.map((i) => ({ ...i, dependsOn: i.dependsOn.filter((d) => known.has(d)) }));
  const kept = new Set(linked.filter((i) => i.action === "keep").map((i) => i.id));
  const held = heldBack(linked, kept);
  return linked.map((item) => {
    const cause = held.get(item.id);
    return cause ? { ...item, action: "keep", reason: heldBackReason(cause) } : item;
  });
}

function inRunOrder(items: DraftItem[]): CleanupItem[] {
  const rank = (i: DraftItem) => CLEANUP_KINDS.indexOf(i.kind);
  return [...items]
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((item, index) => ({ ...item, order: index + 1 }));
}
