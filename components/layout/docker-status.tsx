"use client";

import { useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/client/api";
import { healthKey } from "@/lib/client/query-keys";

export interface Health {
  docker: {
    ok: boolean;
    version: string | null;
    apiVersion: string | null;
    endpoint: string;
    engine: { id: string; name: string };
    error?: { code: string; message: string };
  };
}

/** Health, polled often while the engine is down so pages recover by themselves. */
export function useHealth() {
  return useQuery({
    queryKey: healthKey,
    queryFn: () => getJson<Health>("/api/health"),
    refetchInterval: (query) => (query.state.data?.docker.ok === false ? 3_000 : 30_000),
  });
}

export function DockerStatusBanner() {
  const { data } = useHealth();
  if (!data || data.docker.ok) return null;
  return (
    <div
      role="alert"
      data-testid="docker-down"
      className="border-b border-amber-800 bg-amber-950/70 px-6 py-3 text-sm text-amber-100"
    >
      <p className="font-medium">The Docker engine is not reachable</p>
      <p className="mt-0.5 text-amber-200/90">{data.docker.error?.message}</p>
    </div>
  );
}

export function EngineBadge() {
  const { data } = useHealth();
  if (!data) return null;
  const { ok, endpoint, version, engine } = data.docker;
  return (
    <span
      className="flex items-center gap-2 text-xs text-slate-400"
      data-testid="engine-badge"
      data-engine={engine.id}
    >
      <span className={`h-2 w-2 rounded-full ${ok ? "bg-emerald-500" : "bg-amber-500"}`} />
      <span className="font-medium text-slate-200">{engine.name}</span>
      {endpoint}
      {ok && version ? ` · Docker ${version}` : ok ? "" : " · not reachable"}
    </span>
  );
}
