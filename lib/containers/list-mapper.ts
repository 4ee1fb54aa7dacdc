import { type RawListPort, toPortViews } from "@/lib/containers/port-view";
import type { ContainerSummary } from "@/lib/containers/types";

/** One entry of the engine's /containers/json, the fields Slipway reads. */
export interface RawContainerListEntry {
  Id: string;
  Names?: string[] | null;
  Image: string;
  ImageID: string;
  Command?: string;
  Created: number;
  State: string;
  Status: string;
  Ports?: RawListPort[] | null;
  Labels?: Record<string, string> | null;
}

/** The name without its leading slash; legacy links add more names ("/a/b"), skipped. */
export function containerName(names: readonly string[] | null | undefined, id: string): string {
  const list = names ?? [];
  const own = list.find((n) => n.lastIndexOf("/") === 0) ?? list[0];
  return own ? own.replace(/^\//, "") : id.slice(0, 12);
}

export function toContainerSummary(raw: RawContainerListEntry): ContainerSummary {
  return {
    id: raw.Id,
    name: containerName(raw.Names, raw.Id),
    image: raw.Image,
    imageId: raw.ImageID,
    command: raw.Command ?? "",
    state: raw.State,
    status: raw.Status,
    created: new Date(raw.Created * 1000).toISOString(),
    ports: toPortViews(raw.Ports),
    labelCount: Object.keys(raw.Labels ?? {}).length,
  };
}

/** Newest first, as `docker ps` lists them. */
export function toContainerSummaries(raw: readonly RawContainerListEntry[]): ContainerSummary[] {
  return raw
    .slice()
    .sort((a, b) => b.Created - a.Created || a.Id.localeCompare(b.Id))
    .map(toContainerSummary);
}
