"use client";

import { useQuery } from "@tanstack/react-query";
import { useAwsScope } from "@/components/aws/use-aws";
import { clusterPath } from "@/components/ecs/queries";
import {
  type RevisionDetail,
  taskDefinitionKeys,
  taskDefinitionPath,
} from "@/components/task-definitions/types";
import { getJson } from "@/lib/client/api";
import { type AwsScope, awsKeys } from "@/lib/client/query-keys";
import type { ServiceSummary } from "@/lib/ecs/service-types";
import type { ShipHistoryEntry } from "@/lib/ship/history-entry";

// What the Ship page offers to pick: the region's repositories, clusters and their
// services, and a service's current revision (its image tells the repository).

const NO_SCOPE: AwsScope = { profile: null, region: null };

export interface ClusterChoice {
  name: string;
  status: string;
}

export function useClusters() {
  const scope = useAwsScope();
  return useQuery({
    queryKey: awsKeys.clusters(scope ?? NO_SCOPE),
    queryFn: () => getJson<ClusterChoice[]>("/api/ecs/clusters"),
    enabled: scope !== null,
  });
}

export function useClusterServices(cluster: string) {
  const scope = useAwsScope();
  return useQuery({
    queryKey: awsKeys.services(scope ?? NO_SCOPE, cluster),
    queryFn: () => getJson<ServiceSummary[]>(`${clusterPath(cluster)}/services`),
    enabled: scope !== null && cluster !== "",
  });
}

/** The revision a service runs, for the image its containers run now. */
export function useRevision(ref: string) {
  const scope = useAwsScope();
  return useQuery({
    queryKey: taskDefinitionKeys.revision(scope ?? NO_SCOPE, ref),
    queryFn: () => getJson<RevisionDetail>(taskDefinitionPath(ref)),
    enabled: scope !== null && ref !== "",
  });
}

/** A service's ships and rollbacks (or everyone's latest); polled while one of them runs. */
export function useShipHistory(of: { cluster: string; service: string } | null) {
  const scope = useAwsScope() ?? NO_SCOPE;
  const query = new URLSearchParams(of ?? {});
  return useQuery({
    queryKey: of
      ? [...awsKeys.service(scope, of.cluster, of.service), "ship-history"]
      : [...awsKeys.scope(scope), "ship-history"],
    queryFn: () => getJson<ShipHistoryEntry[]>(`/api/ship?${query}`),
    refetchInterval: (q) => (q.state.data?.some((e) => e.outcome === "running") ? 3_000 : false),
  });
}
