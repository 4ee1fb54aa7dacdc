import type { CleanupFacts } from "@/lib/cleanup/facts";
import { isService } from "@/lib/cleanup/scope";
import type { CleanupTarget, ConfirmedNames } from "@/lib/cleanup/types";
import { shortName } from "@/lib/ecs/names";

// Remarks on a plan as a whole: names the user confirmed that AWS does not know (gone
// already, or mistyped), and an app that nothing carries the tag of. Pure.

export function planNotes(
  target: CleanupTarget,
  names: ConfirmedNames,
  facts: CleanupFacts,
  itemCount: number,
): string[] {
  const notes: string[] = [];
  const missing = (what: string, list: string[]) => {
    if (list.length > 0) notes.push(`Not found (or already gone): ${what} ${list.join(", ")}`);
  };
  missing(
    "cluster",
    names.clusters.filter((c) => !facts.clusters.some((f) => f.name === shortName(c))),
  );
  missing(
    "service",
    names.services
      .filter((n) => !facts.services.some((s) => isService(s, n.cluster, n.service)))
      .map((n) => `${shortName(n.cluster)}/${shortName(n.service)}`),
  );
  missing(
    "task definition family",
    names.families.filter((f) => !facts.revisions.some((r) => r.family === f)),
  );
  missing(
    "repository",
    names.repositories.filter((n) => !facts.repositories.some((r) => r.name === n)),
  );
  missing(
    "log group",
    names.logGroups.filter((n) => !facts.logGroups.some((g) => g.name === n)),
  );
  missing(
    "security group",
    names.securityGroups.filter(
      (n) => !facts.securityGroups.some((g) => g.id === n || g.name === n),
    ),
  );
  if (target.kind === "app" && itemCount === 0) {
    notes.push(
      `Nothing in ${facts.region || "this region"} carries slipway:app=${target.app}` +
        `${facts.local ? ", and no local resource is labelled slipway.app for it" : ""}. ` +
        "Resources made by hand carry no tag: name them exactly to include them.",
    );
  }
  return notes;
}
