"use client";

import { useQuery } from "@tanstack/react-query";
import { getJson, seg, sendJson } from "@/lib/client/api";
import { dockerKeys } from "@/lib/client/query-keys";
import type { VolumeDetails, VolumeSummary } from "@/lib/volumes/types";

// Volume data for the pages. Keys sit under dockerKeys.volumes(), which engine events
// refresh (components/live/live-events.tsx).

const BASE = "/api/docker/volumes";

export const volumeHref = (name: string) => `/volumes/${seg(name)}`;

export function useVolumes() {
  return useQuery({
    queryKey: dockerKeys.volumes(),
    queryFn: () => getJson<VolumeSummary[]>(BASE),
  });
}

export function useVolume(name: string) {
  return useQuery({
    queryKey: [...dockerKeys.volumes(), name],
    queryFn: () => getJson<VolumeDetails>(`${BASE}/${seg(name)}`),
  });
}

export interface CreateVolumeRequest {
  name?: string;
  driver?: string;
  labels?: Record<string, string>;
}

export const createVolume = (request: CreateVolumeRequest) =>
  sendJson<VolumeDetails>("POST", BASE, request);

export const removeVolume = (name: string) =>
  sendJson<{ name: string }>("DELETE", `${BASE}/${seg(name)}`);
