import "server-only";
import { type RawContainerInspect, toContainerDetail } from "@/lib/containers/detail-mapper";
import type { ContainerDetail } from "@/lib/containers/types";
import { getDocker } from "@/lib/docker/client";

/** The detail view of a container; env values stay masked unless `revealEnv`. */
export async function getContainerDetail(
  id: string,
  { revealEnv }: { revealEnv: boolean },
): Promise<ContainerDetail> {
  const raw = await getDocker().getContainer(id).inspect();
  return toContainerDetail(raw as unknown as RawContainerInspect, revealEnv);
}
