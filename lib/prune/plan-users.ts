import { describeContainers } from "@/lib/containers/describe";
import { containerName } from "@/lib/containers/list-mapper";
import type { EngineContainer } from "@/lib/docker/engine-documents";
import type { PruneItem } from "@/lib/prune/types";

// What the planners of each kind share: who uses a resource, and the order of items.

/** Containers that refer to a resource, split into those that stay and those going. */
export interface Users {
  containers: readonly EngineContainer[];
  leaving: ReadonlySet<string>;
}

/** A note for a resource whose only users this prune removes first. */
export function leavingNote(leavingUsers: readonly EngineContainer[]): string | undefined {
  if (leavingUsers.length === 0) return undefined;
  const named = leavingUsers.map((c) => ({
    id: c.Id,
    name: containerName(c.Names, c.Id),
    state: c.State ?? "unknown",
  }));
  return `Used by ${describeContainers(named)}, which this prune removes first`;
}

export const byName = (a: PruneItem, b: PruneItem) =>
  a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
