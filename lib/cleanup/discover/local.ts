import "server-only";
import type { LocalFacts } from "@/lib/cleanup/facts";
import { containerName } from "@/lib/containers/list-mapper";
import { imageTags } from "@/lib/images/list-mapper";
import { engineDiskUsage } from "@/lib/system/engine-disk-usage";

// The engine's containers, images and volumes with their sizes, in one disk-usage
// call: the local half of a plan picks the app's among them.

export async function localFacts(): Promise<LocalFacts> {
  const usage = await engineDiskUsage();
  return {
    containers: (usage.Containers ?? []).map((c) => ({
      id: c.Id,
      name: containerName(c.Names, c.Id),
      image: c.Image ?? "",
      imageId: c.ImageID ?? "",
      state: c.State ?? "unknown",
      labels: c.Labels ?? {},
      volumes: (c.Mounts ?? [])
        .filter((m) => m.Type === "volume" && m.Name)
        .map((m) => m.Name ?? ""),
    })),
    images: (usage.Images ?? []).map((i) => ({
      id: i.Id,
      tags: imageTags(i.RepoTags),
      size: Math.max(0, i.Size - Math.max(0, i.SharedSize ?? 0)),
      labels: i.Labels ?? {},
    })),
    volumes: (usage.Volumes ?? []).map((v) => ({
      name: v.Name,
      labels: v.Labels ?? {},
      size: v.UsageData && v.UsageData.Size >= 0 ? v.UsageData.Size : null,
    })),
  };
}
