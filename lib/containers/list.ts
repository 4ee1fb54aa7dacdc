import "server-only";
import { type RawContainerListEntry, toContainerSummaries } from "@/lib/containers/list-mapper";
import type { ContainerSummary } from "@/lib/containers/types";
import { getDocker } from "@/lib/docker/client";

/** Running containers, or all of them (stopped, created, dead) with `all`. */
export async function listContainers({ all }: { all: boolean }): Promise<ContainerSummary[]> {
  const raw = await getDocker().listContainers({ all });
  return toContainerSummaries(raw as RawContainerListEntry[]);
}
