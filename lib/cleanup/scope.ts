import { APP_TAG, CREATED_BY_TAG } from "@/lib/aws/tags";
import type { ClusterFact, ServiceFact, Tags } from "@/lib/cleanup/facts";
import type { CleanupTarget, ConfirmedNames } from "@/lib/cleanup/types";
import { shortName } from "@/lib/ecs/names";
import { refFromArn } from "@/lib/ecs/task-definitions/names";

// What a target reaches: the app whose tag marks its resources, the services and
// clusters it removes, the task definition families it looks at. Pure: discovery
// asks the same questions the planners do, so both agree.

/** The target's app: named for an app; else the `slipway:app` tag of the service or cluster. */
export function appOfTarget(
  target: CleanupTarget,
  services: readonly ServiceFact[],
  clusters: readonly ClusterFact[],
): string | null {
  if (target.kind === "app") return target.app;
  if (target.kind === "service") {
    const found = services.find((s) => isService(s, target.cluster, target.service));
    return found?.tags[APP_TAG] || null;
  }
  const cluster = clusters.find((c) => c.name === shortName(target.cluster));
  return cluster?.tags[APP_TAG] || null;
}

export const isService = (s: ServiceFact, cluster: string, service: string) =>
  s.cluster === shortName(cluster) && s.name === shortName(service);

/** Tagged for this app, or named by the user. */
export function isOwned(tags: Tags, app: string | null, confirmed: boolean): boolean {
  return confirmed || (app !== null && tags[APP_TAG] === app);
}

export const createdBySlipway = (tags: Tags) => tags[CREATED_BY_TAG] === "slipway";

/**
 * Services the target removes: the one named, the app's, and every service of the
 * chosen cluster and of clusters the user named (a cluster goes only without them).
 * An app's tagged cluster loses only the app's services.
 */
export function servicesInScope(
  target: CleanupTarget,
  names: ConfirmedNames,
  services: readonly ServiceFact[],
): ServiceFact[] {
  const emptied = new Set(names.clusters.map(shortName));
  if (target.kind === "cluster") emptied.add(shortName(target.cluster));
  return services.filter((s) => {
    if (s.status === "INACTIVE") return false;
    if (names.services.some((n) => isService(s, n.cluster, n.service))) return true;
    if (emptied.has(s.cluster)) return true;
    if (target.kind === "service") return isService(s, target.cluster, target.service);
    return target.kind === "app" && s.tags[APP_TAG] === target.app;
  });
}

/** Clusters the target removes (each may still be kept when it holds other services). */
export function clustersInScope(
  target: CleanupTarget,
  names: ConfirmedNames,
  clusters: readonly ClusterFact[],
): ClusterFact[] {
  const confirmed = new Set(names.clusters.map(shortName));
  return clusters.filter((c) => {
    if (c.status === "INACTIVE") return false;
    if (confirmed.has(c.name)) return true;
    if (target.kind === "cluster") return c.name === shortName(target.cluster);
    return target.kind === "app" && c.tags[APP_TAG] === target.app;
  });
}

/** Families whose revisions the plan looks at: those the services use, tagged, or named. */
export function familiesInScope(
  services: readonly ServiceFact[],
  names: ConfirmedNames,
  taggedFamilies: readonly string[],
): string[] {
  const families = new Set<string>([...names.families, ...taggedFamilies]);
  for (const service of services) {
    for (const arn of service.taskDefinitions) {
      const ref = refFromArn(arn);
      if (ref) families.add(ref.family);
    }
  }
  return [...families].sort();
}
