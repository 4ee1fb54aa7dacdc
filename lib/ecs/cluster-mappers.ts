import "server-only";
import type { Cluster } from "@aws-sdk/client-ecs";

export interface ClusterSummary {
  name: string;
  arn: string;
  status: string;
  activeServices: number;
  runningTasks: number;
  pendingTasks: number;
  containerInstances: number;
  capacityProviders: string[];
  defaultStrategy: Array<{ capacityProvider: string; weight: number; base: number }>;
  tags: Record<string, string>;
}

export function toClusterSummary(cluster: Cluster): ClusterSummary {
  return {
    name: cluster.clusterName ?? "",
    arn: cluster.clusterArn ?? "",
    status: cluster.status ?? "UNKNOWN",
    activeServices: cluster.activeServicesCount ?? 0,
    runningTasks: cluster.runningTasksCount ?? 0,
    pendingTasks: cluster.pendingTasksCount ?? 0,
    containerInstances: cluster.registeredContainerInstancesCount ?? 0,
    capacityProviders: cluster.capacityProviders ?? [],
    defaultStrategy: (cluster.defaultCapacityProviderStrategy ?? []).map((s) => ({
      capacityProvider: s.capacityProvider ?? "",
      weight: s.weight ?? 0,
      base: s.base ?? 0,
    })),
    tags: Object.fromEntries((cluster.tags ?? []).map((t) => [t.key ?? "", t.value ?? ""])),
  };
}
