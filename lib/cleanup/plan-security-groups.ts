import { APP_TAG } from "@/lib/aws/tags";
import { type DraftItem, draftItem, ownershipWords, type PlanInput } from "@/lib/cleanup/draft";
import type { SecurityGroupFact, ServiceFact } from "@/lib/cleanup/facts";
import { serviceItemId } from "@/lib/cleanup/plan-services";
import { createdBySlipway, isOwned } from "@/lib/cleanup/scope";

// Security groups: only those Slipway created (tagged slipway:created-by) are ever
// removed, and only when tagged for this app or named by the user. One stays while a
// service this cleanup leaves uses it. A VPC's default group is never removed.

export function planSecurityGroups(
  input: PlanInput,
  removedServices: readonly ServiceFact[],
): DraftItem[] {
  const { facts, names, app, target } = input;
  const confirmed = (g: SecurityGroupFact) =>
    names.securityGroups.includes(g.id) || names.securityGroups.includes(g.name);
  const usedByRemoved = (g: SecurityGroupFact) =>
    removedServices.filter((s) => s.securityGroups.includes(g.id));
  const inScope = (g: SecurityGroupFact) =>
    confirmed(g) ||
    usedByRemoved(g).length > 0 ||
    (target.kind === "app" && g.tags[APP_TAG] === app);

  return facts.securityGroups.filter(inScope).map((group) => {
    const staying = facts.services.find(
      (s) =>
        !removedServices.includes(s) &&
        s.status !== "INACTIVE" &&
        s.securityGroups.includes(group.id),
    );
    let keepReason: string | null = null;
    if (group.name === "default") keepReason = "the VPC's default group";
    else if (!createdBySlipway(group.tags)) keepReason = "not created by Slipway";
    else if (!isOwned(group.tags, app, confirmed(group))) keepReason = "not tagged for this app";
    else if (staying) keepReason = `used by service ${staying.name} in ${staying.cluster}`;
    const users = usedByRemoved(group);
    const why =
      users.length > 0 && !confirmed(group)
        ? `created by Slipway for service ${users.map((s) => s.name).join(", ")}`
        : `created by Slipway, ${ownershipWords(confirmed(group), app)}`;
    return draftItem("security-group", group.id, {
      name: `${group.name} (${group.id})`,
      action: keepReason ? "keep" : "remove",
      reason: keepReason ?? `${why}: deleted once its tasks' network interfaces are released`,
      dependsOn: users.map(serviceItemId),
      locator: { groupId: group.id, vpcId: group.vpcId },
    });
  });
}
