import type { EngineVolume } from "@/lib/docker/engine-documents";
import { matchesLabels } from "@/lib/prune/labels";
import { byName, leavingNote, type Users } from "@/lib/prune/plan-users";
import type { PruneItem, PruneOptions } from "@/lib/prune/types";

// Volumes a prune removes: none that a container (any state) mounts, unless the same
// prune removes that container first. With `dangling`, only anonymous volumes (the
// engine names them with 64 hex digits), as current engines prune by default; named
// volumes usually hold data someone chose to keep.

const ANONYMOUS = /^[0-9a-f]{64}$/;

export function planVolumes(
  volumes: readonly EngineVolume[],
  users: Users,
  options: PruneOptions,
): PruneItem[] {
  const items: PruneItem[] = [];
  for (const volume of volumes) {
    if (options.dangling && !isAnonymous(volume)) continue;
    if (!matchesLabels(volume.Labels, options.labels)) continue;

    const using = users.containers.filter((c) =>
      (c.Mounts ?? []).some((m) => m.Type === "volume" && m.Name === volume.Name),
    );
    if (using.some((c) => !users.leaving.has(c.Id))) continue;
    if ((volume.UsageData?.RefCount ?? 0) > using.length) continue;

    const note = leavingNote(using);
    const size = volume.UsageData?.Size;
    items.push({
      kind: "volumes",
      id: volume.Name,
      name: volume.Name,
      size: typeof size === "number" && size > 0 ? size : 0,
      ...(note && { note }),
    });
  }
  return items.sort(byName);
}

function isAnonymous(volume: EngineVolume): boolean {
  return (
    ANONYMOUS.test(volume.Name) || volume.Labels?.["com.docker.volume.anonymous"] !== undefined
  );
}
