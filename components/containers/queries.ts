"use client";

import { useQuery } from "@tanstack/react-query";
import { getJson, seg, sendJson } from "@/lib/client/api";
import { dockerKeys } from "@/lib/client/query-keys";
import type { ContainerAction } from "@/lib/containers/schemas";
import type {
  ContainerDetail,
  ContainerSummary,
  CreatedContainer,
  RunDefaults,
} from "@/lib/containers/types";

// Container data for the pages. Keys sit under dockerKeys.containers(), so engine
// events (components/live/live-events.tsx) refresh lists and details alike.

const BASE = "/api/docker/containers";

export function useContainers(all: boolean) {
  return useQuery({
    queryKey: [...dockerKeys.containers(), { all }],
    queryFn: () => getJson<ContainerSummary[]>(`${BASE}?all=${all}`),
  });
}

export function useContainerDetail(id: string, revealEnv: boolean) {
  return useQuery({
    queryKey: [...dockerKeys.container(id), { revealEnv }],
    queryFn: () => getJson<ContainerDetail>(`${BASE}/${seg(id)}?revealEnv=${revealEnv}`),
  });
}

/** The image's defaults for the run dialog; off while no image is typed. */
export function useRunDefaults(image: string) {
  return useQuery({
    queryKey: [...dockerKeys.image(image), "run-defaults"],
    queryFn: () => getJson<RunDefaults>(`${BASE}/run-defaults?image=${seg(image)}`),
    enabled: image !== "",
    staleTime: 30_000,
  });
}

export interface RunRequest {
  image: string;
  name?: string;
  ports?: string[];
  env?: Record<string, string>;
  cmd?: string[];
  restart?: string;
}

export const runContainer = (request: RunRequest) =>
  sendJson<CreatedContainer>("POST", BASE, request);

export const containerAction = (id: string, action: ContainerAction) =>
  sendJson<{ id: string; state: string }>("POST", `${BASE}/${seg(id)}/${action}`);

export const removeContainer = (id: string, options: { force: boolean; volumes: boolean }) =>
  sendJson<{ id: string; removed: true }>(
    "DELETE",
    `${BASE}/${seg(id)}?force=${options.force}&volumes=${options.volumes}`,
  );
