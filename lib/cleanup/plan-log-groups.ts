import { APP_TAG } from "@/lib/aws/tags";
import { type DraftItem, draftItem, ownershipWords, type PlanInput } from "@/lib/cleanup/draft";
import type { LogGroupFact, RevisionFact, ServiceFact } from "@/lib/cleanup/facts";
import { type RevisionPlan, revisionItemId, revisionName } from "@/lib/cleanup/plan-revisions";
import { serviceItemId } from "@/lib/cleanup/plan-services";
import { isOwned } from "@/lib/cleanup/scope";

// CloudWatch log groups: the app's (tagged or named), and those the removed revisions
// log to. One stays while a staying service or a kept revision logs to it: a task
// whose awslogs group is missing never starts. Groups in other regions are not
// looked at.

/** The groups a revision's awslogs containers write to in `region`. */
export function logGroupsOf(revision: RevisionFact | undefined, region: string): string[] {
  return (revision?.logGroups ?? [])
    .filter((g) => g.region === null || g.region === region)
    .map((g) => g.group);
}

export function planLogGroups(
  input: PlanInput,
  removedServices: readonly ServiceFact[],
  revisions: RevisionPlan,
): DraftItem[] {
  const { facts, names, app, target } = input;
  const byArn = new Map(facts.revisions.map((r) => [r.arn, r]));
  const writers = (service: ServiceFact) =>
    service.taskDefinitions.flatMap((arn) => logGroupsOf(byArn.get(arn), facts.region));

  const kept = new Map<string, string>();
  for (const service of facts.services) {
    if (removedServices.includes(service) || service.status === "INACTIVE") continue;
    for (const group of writers(service)) {
      if (!kept.has(group))
        kept.set(group, `written by service ${service.name} in ${service.cluster}`);
    }
  }
  for (const [arn, why] of revisions.kept) {
    const revision = byArn.get(arn);
    for (const group of logGroupsOf(revision, facts.region)) {
      if (!kept.has(group) && revision) {
        kept.set(group, `used by revision ${revisionName(revision)}, which stays: ${why}`);
      }
    }
  }

  const referencedBy = (group: string) =>
    revisions.removed.filter((r) => logGroupsOf(r, facts.region).includes(group));
  const inScope = (g: LogGroupFact) =>
    names.logGroups.includes(g.name) || (target.kind === "app" && g.tags[APP_TAG] === app);

  return facts.logGroups
    .filter((group) => inScope(group) || referencedBy(group.name).length > 0)
    .map((group) => {
      const confirmed = names.logGroups.includes(group.name);
      const users = referencedBy(group.name);
      let keepReason = kept.get(group.name) ?? null;
      if (!keepReason && !isOwned(group.tags, app, confirmed)) {
        keepReason = "not tagged for this app: name it to remove it";
      }
      const why = inScope(group)
        ? ownershipWords(confirmed, app)
        : `written only by revisions this cleanup removes (${users.map(revisionName).join(", ")})`;
      const bytes = group.storedBytes ?? null;
      return draftItem("log-group", group.name, {
        name: group.name,
        arn: group.arn,
        action: keepReason ? "keep" : "remove",
        reason: keepReason ?? `${why}: deleted with its log events`,
        dependsOn: [
          ...removedServices.filter((s) => writers(s).includes(group.name)).map(serviceItemId),
          ...users.map(revisionItemId),
        ],
        ...(!keepReason && bytes !== null ? { frees: { bytes } } : {}),
        locator: { logGroup: group.name },
      });
    });
}
