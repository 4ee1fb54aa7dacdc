"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, seg, sendJson } from "@/lib/client/api";
import type { SavedRegistry } from "@/lib/registries/types";

const registriesKey = ["docker", "registries"] as const;

export function useRegistries() {
  return useQuery({
    queryKey: registriesKey,
    queryFn: () => getJson<SavedRegistry[]>("/api/docker/registries"),
  });
}

export function useSaveRegistry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { server: string; username: string; password: string }) =>
      sendJson<SavedRegistry>("POST", "/api/docker/registries", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registriesKey }),
  });
}

export function useRemoveRegistry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (server: string) => sendJson("DELETE", `/api/docker/registries/${seg(server)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registriesKey }),
  });
}
