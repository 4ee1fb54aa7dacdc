import {
  type CleanupItem,
  type CleanupSummary,
  describeItem,
  type KeptByChoice,
} from "@/lib/cleanup/types";

// Keeping an item keeps everything that depends on it: a cluster stays when one of
// its services stays, a repository when one of its images does. Pure: the plan, the
// run and the Cleanup page's ticks all follow this one rule.

type Linked = Pick<CleanupItem, "id" | "kind" | "name" | "dependsOn">;

/**
 * Items that must stay because an item they depend on stays, with the item that holds
 * each back (directly). `stays` names the items that stay by themselves.
 */
export function heldBack<T extends Linked>(
  items: readonly T[],
  stays: ReadonlySet<string>,
): Map<string, T> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const held = new Map<string, T>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const item of items) {
      if (stays.has(item.id) || held.has(item.id)) continue;
      const blocker = item.dependsOn.find((dep) => stays.has(dep) || held.has(dep));
      const cause = blocker === undefined ? undefined : byId.get(blocker);
      if (cause) {
        held.set(item.id, cause);
        changed = true;
      }
    }
  }
  return held;
}

export const heldBackReason = (cause: Pick<CleanupItem, "kind" | "name">) =>
  `stays because ${describeItem(cause)} stays, and it would have to go first`;

export interface Selection {
  run: CleanupItem[];
  keptByChoice: KeptByChoice[];
}

/** The ticked items a run removes, in plan order, and those an unticked item holds back. */
export function selectForRun(items: readonly CleanupItem[], ticked: ReadonlySet<string>) {
  const removable = items.filter((i) => i.action === "remove");
  const unticked = new Set(removable.filter((i) => !ticked.has(i.id)).map((i) => i.id));
  const held = heldBack(removable, unticked);
  const selection: Selection = { run: [], keptByChoice: [] };
  for (const item of removable) {
    const cause = held.get(item.id);
    if (cause) {
      selection.keptByChoice.push({
        id: item.id,
        kind: item.kind,
        name: item.name,
        because: `${heldBackReason(cause)} (unticked)`,
      });
    } else if (!unticked.has(item.id)) selection.run.push(item);
  }
  return selection;
}

export function summarize(items: readonly CleanupItem[]): CleanupSummary {
  const summary: CleanupSummary = { remove: 0, keep: 0, bytes: 0, byKind: {} };
  for (const item of items) {
    const counts = summary.byKind[item.kind] ?? { remove: 0, keep: 0 };
    counts[item.action] += 1;
    summary.byKind[item.kind] = counts;
    summary[item.action] += 1;
    if (item.action === "remove") summary.bytes += item.frees?.bytes ?? 0;
  }
  return summary;
}
