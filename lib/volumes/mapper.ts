import { containerName } from "@/lib/containers/list-mapper";
import type { EngineContainer, EngineVolume } from "@/lib/docker/engine-documents";
import type { VolumeDetails, VolumeSummary, VolumeUser } from "@/lib/volumes/types";

// Engine volume, disk-usage and container documents -> the volumes page. Pure; the
// engine calls live in list.ts.

/** Containers of any state grouped by the names of the volumes they mount. */
export function usersByVolume(containers: readonly EngineContainer[]): Map<string, VolumeUser[]> {
  const byVolume = new Map<string, VolumeUser[]>();
  for (const container of containers) {
    for (const mount of container.Mounts ?? []) {
      if (mount.Type !== "volume" || !mount.Name) continue;
      const users = byVolume.get(mount.Name) ?? [];
      users.push({
        id: container.Id,
        name: containerName(container.Names, container.Id),
        state: container.State ?? "unknown",
        destination: mount.Destination ?? "",
        readOnly: mount.RW === false,
      });
      byVolume.set(mount.Name, users);
    }
  }
  return byVolume;
}

/** Sizes by volume name from /system/df; the engine writes -1 for "unknown". */
export function sizesByVolume(usage: readonly EngineVolume[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const volume of usage) {
    const size = volume.UsageData?.Size;
    if (typeof size === "number" && size >= 0) sizes.set(volume.Name, size);
  }
  return sizes;
}

export function toVolumeSummary(
  volume: EngineVolume,
  users: ReadonlyMap<string, VolumeUser[]>,
  sizes: ReadonlyMap<string, number>,
): VolumeSummary {
  return {
    name: volume.Name,
    driver: volume.Driver ?? "local",
    mountpoint: volume.Mountpoint ?? "",
    created: toIsoTime(volume.CreatedAt),
    scope: volume.Scope ?? "local",
    labels: volume.Labels ?? {},
    size: sizes.get(volume.Name) ?? null,
    containers: users.get(volume.Name) ?? [],
  };
}

/** By name, as `docker volume ls` lists them. */
export function toVolumeSummaries(
  volumes: readonly EngineVolume[],
  containers: readonly EngineContainer[],
  usage: readonly EngineVolume[],
): VolumeSummary[] {
  const users = usersByVolume(containers);
  const sizes = sizesByVolume(usage);
  return volumes
    .map((volume) => toVolumeSummary(volume, users, sizes))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function toVolumeDetails(
  volume: EngineVolume,
  containers: readonly EngineContainer[],
  usage: readonly EngineVolume[],
): VolumeDetails {
  return {
    ...toVolumeSummary(volume, usersByVolume(containers), sizesByVolume(usage)),
    options: volume.Options ?? {},
    status: volume.Status ?? {},
  };
}

function toIsoTime(value: string | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
