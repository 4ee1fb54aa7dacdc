"use client";

import { useQuery } from "@tanstack/react-query";
import { getJson, seg, sendJson } from "@/lib/client/api";
import { dockerKeys } from "@/lib/client/query-keys";
import type { NetworkDetails, NetworkSummary } from "@/lib/networks/types";

// Network data for the pages. Keys sit under dockerKeys.networks(), which engine events
// refresh (components/live/live-events.tsx).

const BASE = "/api/docker/networks";
const path = (ref: string) => `${BASE}/${seg(ref)}`;

export const networkHref = (ref: string) => `/networks/${seg(ref)}`;

export function useNetworks() {
  return useQuery({
    queryKey: dockerKeys.networks(),
    queryFn: () => getJson<NetworkSummary[]>(BASE),
  });
}

export function useNetwork(ref: string) {
  return useQuery({
    queryKey: [...dockerKeys.networks(), ref],
    queryFn: () => getJson<NetworkDetails>(path(ref)),
  });
}

export interface CreateNetworkRequest {
  name: string;
  subnet?: string;
  gateway?: string;
  ipRange?: string;
  internal?: boolean;
  attachable?: boolean;
  labels?: Record<string, string>;
}

export const createNetwork = (request: CreateNetworkRequest) =>
  sendJson<NetworkDetails>("POST", BASE, request);

export const removeNetwork = (ref: string) =>
  sendJson<{ id: string; name: string }>("DELETE", path(ref));

export const connectContainer = (ref: string, container: string) =>
  sendJson<NetworkDetails>("POST", `${path(ref)}/connect`, { container });

export const disconnectContainer = (ref: string, container: string) =>
  sendJson<NetworkDetails>("POST", `${path(ref)}/disconnect`, { container });
