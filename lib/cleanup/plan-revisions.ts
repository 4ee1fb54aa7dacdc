import { type DraftItem, draftItem, itemId, type PlanInput } from "@/lib/cleanup/draft";
import type { RevisionFact, ServiceFact } from "@/lib/cleanup/facts";
import { serviceItemId } from "@/lib/cleanup/plan-services";
import { familiesInScope } from "@/lib/cleanup/scope";
import { refFromArn } from "@/lib/ecs/task-definitions/names";
import { plural } from "@/lib/format/plural";

// Task definition revisions of the families in scope. Kept: the newest N ACTIVE ones
// (for a rollback: an INACTIVE revision cannot start tasks, so it is no rollback), and
// any that a service this cleanup leaves still uses, in any deployment. The rest are
// deregistered (ACTIVE ones) and deleted.

export interface RevisionPlan {
  items: DraftItem[];
  /** Revisions that stay, by ARN, with the reason: their images and log groups stay too. */
  kept: Map<string, string>;
  removed: RevisionFact[];
}

export const revisionName = (r: Pick<RevisionFact, "family" | "revision">) =>
  `${r.family}:${r.revision}`;
export const revisionItemId = (r: Pick<RevisionFact, "family" | "revision">) =>
  itemId("revision", revisionName(r));

export function planRevisions(input: PlanInput, removedServices: ServiceFact[]): RevisionPlan {
  const { facts, names, keepRevisions } = input;
  const families = familiesInScope(removedServices, names, facts.taggedFamilies);
  const staying = facts.services.filter((s) => !removedServices.includes(s));
  const plan: RevisionPlan = { items: [], kept: new Map(), removed: [] };

  for (const family of families) {
    const revisions = facts.revisions
      .filter((r) => r.family === family)
      .sort((a, b) => b.revision - a.revision);
    const newest = revisions.filter((r) => r.status === "ACTIVE").slice(0, keepRevisions);
    const why = whyFamily(input, family, removedServices);
    for (const revision of revisions) {
      const user = staying.find((s) => s.taskDefinitions.includes(revision.arn));
      let keepReason: string | null = null;
      if (user) keepReason = `used by service ${user.name} in cluster ${user.cluster}`;
      else if (newest.includes(revision)) {
        keepReason = `one of the last ${plural(keepRevisions, "revision")} of ${family}, kept for rollback`;
      }
      if (keepReason) plan.kept.set(revision.arn, keepReason);
      else plan.removed.push(revision);
      plan.items.push(revisionItem(revision, why, keepReason, removedServices));
    }
  }
  return plan;
}

function revisionItem(
  revision: RevisionFact,
  why: string,
  keepReason: string | null,
  removedServices: readonly ServiceFact[],
): DraftItem {
  const how =
    revision.status === "ACTIVE" ? "deregistered, then deleted" : "INACTIVE already: deleted";
  return draftItem("revision", revisionName(revision), {
    name: revisionName(revision),
    arn: revision.arn,
    action: keepReason ? "keep" : "remove",
    reason: keepReason ?? `${why}: ${how}`,
    dependsOn: removedServices
      .filter((s) => s.taskDefinitions.includes(revision.arn))
      .map(serviceItemId),
    locator: { family: revision.family, revision: String(revision.revision) },
  });
}

function whyFamily(input: PlanInput, family: string, services: readonly ServiceFact[]): string {
  if (input.names.families.includes(family)) return "named by you";
  const user = services.find((s) =>
    s.taskDefinitions.some((arn) => refFromArn(arn)?.family === family),
  );
  if (user) return `the family of service ${user.name}`;
  return `tagged slipway:app=${input.app ?? ""}`;
}
