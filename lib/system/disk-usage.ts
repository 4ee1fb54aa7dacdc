import "server-only";
import { toDiskUsage } from "@/lib/system/disk-usage-mapper";
import { engineDiskUsage } from "@/lib/system/engine-disk-usage";
import type { DiskUsage } from "@/lib/system/types";

/** What images, containers, volumes and build cache take on disk, and what is reclaimable. */
export async function getDiskUsage(): Promise<DiskUsage> {
  return toDiskUsage(await engineDiskUsage());
}
