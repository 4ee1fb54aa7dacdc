"use client";

import { useQuery } from "@tanstack/react-query";
import { getJson, sendJson } from "@/lib/client/api";
import { dockerKeys } from "@/lib/client/query-keys";
import type { PruneKind, PrunePlan, PruneResult } from "@/lib/prune/types";
import type { DiskUsage } from "@/lib/system/types";

export function useDiskUsage() {
  return useQuery({
    queryKey: dockerKeys.diskUsage(),
    queryFn: () => getJson<DiskUsage>("/api/docker/system/df"),
    staleTime: 10_000,
  });
}

export interface PruneFilters {
  kinds: PruneKind[];
  dangling: boolean;
  labels: string[];
}

export const previewPrune = (filters: PruneFilters) =>
  sendJson<PrunePlan>("POST", "/api/docker/system/prune", { preview: true, ...filters });

export const runPrune = (planId: string) =>
  sendJson<PruneResult>("POST", "/api/docker/system/prune", { preview: false, planId });

export const KIND_LABELS: Record<PruneKind, string> = {
  containers: "Stopped containers",
  images: "Unused images",
  volumes: "Unused volumes",
  networks: "Unused networks",
  buildCache: "Build cache",
};
