import "server-only";
import { getDocker } from "@/lib/docker/client";
import type { EngineContainer, EngineVolume } from "@/lib/docker/engine-documents";
import { engineDiskUsage } from "@/lib/system/engine-disk-usage";
import { toVolumeDetails, toVolumeSummaries } from "@/lib/volumes/mapper";
import type { VolumeDetails, VolumeSummary } from "@/lib/volumes/types";

/** Every volume with its size (when the engine knows it) and the containers using it. */
export async function listVolumes(): Promise<VolumeSummary[]> {
  const docker = getDocker();
  const [listed, containers, usage] = await Promise.all([
    docker.listVolumes(),
    docker.listContainers({ all: true }),
    engineDiskUsage(),
  ]);
  return toVolumeSummaries(
    (listed.Volumes ?? []) as EngineVolume[],
    containers as EngineContainer[],
    usage.Volumes ?? [],
  );
}

/** One volume, inspected; 404 `not_found` when there is none of that name. */
export async function getVolumeDetails(name: string): Promise<VolumeDetails> {
  const volume = (await getDocker().getVolume(name).inspect()) as EngineVolume;
  const [containers, usage] = await Promise.all([containersUsingVolume(name), engineDiskUsage()]);
  return toVolumeDetails(volume, containers, usage.Volumes ?? []);
}

/** Containers of any state whose configuration mounts the volume. */
export async function containersUsingVolume(name: string): Promise<EngineContainer[]> {
  const containers = await getDocker().listContainers({ all: true, filters: { volume: [name] } });
  return containers as EngineContainer[];
}
