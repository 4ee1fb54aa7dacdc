"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getJson, sendJson } from "@/lib/client/api";
import { engineChanged } from "@/lib/client/engine-choice";
import { dockerKeys, engineKeys, healthKey } from "@/lib/client/query-keys";
import type { EngineView } from "@/lib/engines/address";

export interface EngineList {
  engines: EngineView[];
  problems: string[];
}

/** The engines; with `ping`, each is asked whether it answers (a bounded wait). */
export function useEngines(ping: boolean) {
  return useQuery({
    queryKey: engineKeys.list(ping),
    queryFn: () => getJson<EngineList>(`/api/docker/engines?ping=${ping ? 1 : 0}`),
  });
}

/** Makes `id` this browser's engine, then shows every Docker view from it. */
export function useChooseEngine() {
  const queryClient = useQueryClient();
  return async (id: string) => {
    await sendJson("POST", "/api/docker/engines/active", { id });
    // Data of the other engine must not stay on screen: reset, not only refetch.
    await queryClient.resetQueries({ queryKey: dockerKeys.all });
    await queryClient.invalidateQueries({ queryKey: healthKey });
    await queryClient.invalidateQueries({ queryKey: engineKeys.all });
    engineChanged();
  };
}
