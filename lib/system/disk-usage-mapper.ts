import type { EngineDiskUsage } from "@/lib/docker/engine-documents";
import type { DiskUsage, UsageCategory } from "@/lib/system/types";

// The engine's /system/df -> the disk-usage cards, counted as `docker system df`
// counts them except where said. Pure.

const RUNNING = new Set(["running", "paused", "restarting"]);

const positive = (value: number | undefined | null) =>
  typeof value === "number" && value > 0 ? value : 0;

const ownSize = (image: { Size: number; SharedSize?: number }) =>
  Math.max(0, positive(image.Size) - positive(image.SharedSize));

export function imagesUsage(usage: EngineDiskUsage): UsageCategory {
  const images = usage.Images ?? [];
  const usedIds = new Set((usage.Containers ?? []).map((c) => c.ImageID));
  const inUse = images.filter((image) => usedIds.has(image.Id) || positive(image.Containers) > 0);
  // Layers shared by several images are on disk once, and the engine's LayersSize
  // counts them once. What images in use keep: their own layers, plus the layers they
  // share, estimated as the largest shared part among them (they usually share one
  // base). `docker system df` leaves the shared part out and calls an image in use
  // 100% reclaimable when its layers are shared with unused ones.
  const size = usage.LayersSize ?? images.reduce((sum, image) => sum + positive(image.Size), 0);
  const own = inUse.reduce((sum, image) => sum + ownSize(image), 0);
  const shared = Math.max(0, ...inUse.map((image) => positive(image.SharedSize)));
  return {
    count: images.length,
    active: inUse.length,
    size,
    reclaimable: Math.max(0, size - own - shared),
  };
}

export function containersUsage(usage: EngineDiskUsage): UsageCategory {
  const containers = usage.Containers ?? [];
  const running = containers.filter((c) => RUNNING.has(c.State ?? ""));
  const size = containers.reduce((sum, c) => sum + positive(c.SizeRw), 0);
  const runningSize = running.reduce((sum, c) => sum + positive(c.SizeRw), 0);
  return {
    count: containers.length,
    active: running.length,
    size,
    reclaimable: size - runningSize,
  };
}

export function volumesUsage(usage: EngineDiskUsage): UsageCategory {
  const volumes = usage.Volumes ?? [];
  const used = volumes.filter((v) => positive(v.UsageData?.RefCount) > 0);
  const size = volumes.reduce((sum, v) => sum + positive(v.UsageData?.Size), 0);
  const usedSize = used.reduce((sum, v) => sum + positive(v.UsageData?.Size), 0);
  return { count: volumes.length, active: used.length, size, reclaimable: size - usedSize };
}

export function buildCacheUsage(usage: EngineDiskUsage): DiskUsage["buildCache"] {
  const records = usage.BuildCache ?? [];
  // A shared record is also part of an image: it is counted there, not here.
  const own = records.filter((r) => !r.Shared);
  const free = own.filter((r) => !r.InUse);
  return {
    available: usage.BuildCache !== null && usage.BuildCache !== undefined,
    count: records.length,
    active: records.filter((r) => r.InUse).length,
    size: own.reduce((sum, r) => sum + positive(r.Size), 0),
    reclaimable: free.reduce((sum, r) => sum + positive(r.Size), 0),
  };
}

export function toDiskUsage(usage: EngineDiskUsage): DiskUsage {
  const images = imagesUsage(usage);
  const containers = containersUsage(usage);
  const volumes = volumesUsage(usage);
  const buildCache = buildCacheUsage(usage);
  const all = [images, containers, volumes, buildCache];
  return {
    images,
    containers,
    volumes,
    buildCache,
    total: {
      size: all.reduce((sum, c) => sum + c.size, 0),
      reclaimable: all.reduce((sum, c) => sum + c.reclaimable, 0),
    },
  };
}
