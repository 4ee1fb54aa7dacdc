// What the disk-usage view gets. Sizes are bytes.

export interface UsageCategory {
  /** How many there are. */
  count: number;
  /** How many are in use: images and volumes used by a container, running containers. */
  active: number;
  size: number;
  /** What removing the unused ones would free. */
  reclaimable: number;
}

export interface DiskUsage {
  images: UsageCategory;
  containers: UsageCategory;
  volumes: UsageCategory;
  /** `available` is false on an engine without BuildKit: it keeps no build cache records. */
  buildCache: UsageCategory & { available: boolean };
  total: { size: number; reclaimable: number };
}
