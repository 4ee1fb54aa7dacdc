import { containerName } from "@/lib/containers/list-mapper";
import type {
  EngineBuildCacheRecord,
  EngineContainer,
  EngineDiskUsage,
  EngineNetwork,
} from "@/lib/docker/engine-documents";
import { isPredefinedNetwork, networkMembers } from "@/lib/networks/mapper";
import { matchesLabels } from "@/lib/prune/labels";
import { planImages } from "@/lib/prune/plan-images";
import { byName, leavingNote, type Users } from "@/lib/prune/plan-users";
import { planVolumes } from "@/lib/prune/plan-volumes";
import type { PruneItem, PruneOptions } from "@/lib/prune/types";

// What a prune would remove, worked out from the engine's own lists with the filters
// given, so that a preview can show it and a run can remove exactly that. Containers
// are planned first: an image, volume or network used only by containers this prune
// removes is planned too (with a note), as `docker system prune` would remove it.
// Pure; prune.ts fetches the lists and removes.

export interface PlanSources {
  usage: EngineDiskUsage;
  networks: readonly EngineNetwork[];
}

export interface PlannedPrune {
  items: PruneItem[];
  notes: string[];
}

/** States in which the engine counts a container as running: prune leaves them. */
const RUNNING = new Set(["running", "paused", "restarting", "removing"]);

export function planPrune(sources: PlanSources, options: PruneOptions): PlannedPrune {
  const kinds = new Set(options.kinds);
  const containers = sources.usage.Containers ?? [];
  const goners = kinds.has("containers") ? planContainers(containers, options) : [];
  const leaving = new Set(goners.map((item) => item.id));
  const users = { containers, leaving };
  const notes: string[] = [];
  if (kinds.has("buildCache") && options.labels.length > 0) {
    notes.push("Build cache records carry no labels: a label filter selects none of them.");
  }

  const items = [
    ...goners,
    ...(kinds.has("images") ? planImages(sources.usage.Images ?? [], users, options) : []),
    ...(kinds.has("volumes") ? planVolumes(sources.usage.Volumes ?? [], users, options) : []),
    ...(kinds.has("networks") ? planNetworks(sources.networks, users, options) : []),
    ...(kinds.has("buildCache") ? planBuildCache(sources.usage.BuildCache ?? [], options) : []),
  ];
  return { items, notes };
}

export function planContainers(
  containers: readonly EngineContainer[],
  options: PruneOptions,
): PruneItem[] {
  return containers
    .filter((c) => !RUNNING.has(c.State ?? "") && matchesLabels(c.Labels, options.labels))
    .map((c) => ({
      kind: "containers" as const,
      id: c.Id,
      name: containerName(c.Names, c.Id),
      size: Math.max(0, c.SizeRw ?? 0),
    }))
    .sort(byName);
}

function planNetworks(
  networks: readonly EngineNetwork[],
  users: Users,
  options: PruneOptions,
): PruneItem[] {
  const items: PruneItem[] = [];
  for (const network of networks) {
    if (isPredefinedNetwork(network.Name) || (network.Scope ?? "local") !== "local") continue;
    if (!matchesLabels(network.Labels, options.labels)) continue;
    const members = networkMembers(network, users.containers);
    if (members.some((m) => !users.leaving.has(m.id))) continue;
    const leavingUsers = users.containers.filter((c) => members.some((m) => m.id === c.Id));
    const note = leavingNote(leavingUsers);
    items.push({
      kind: "networks",
      id: network.Id,
      name: network.Name,
      size: 0,
      ...(note && { note }),
    });
  }
  return items.sort(byName);
}

function planBuildCache(
  records: readonly EngineBuildCacheRecord[],
  options: PruneOptions,
): PruneItem[] {
  if (options.labels.length > 0) return [];
  return records
    .filter((record) => !record.InUse && !record.Shared)
    .map((record) => ({
      kind: "buildCache" as const,
      id: record.ID,
      name: record.Description || record.Type || record.ID.slice(0, 12),
      size: Math.max(0, record.Size ?? 0),
    }))
    .sort(byName);
}
