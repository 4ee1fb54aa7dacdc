import "server-only";
import type Docker from "dockerode";
import type { ContainerAction } from "@/lib/containers/schemas";
import { explainStartFailure } from "@/lib/containers/start-failure";
import { getDocker } from "@/lib/docker/client";
import { log } from "@/lib/log";

const ACTIONS: Record<ContainerAction, (c: Docker.Container) => Promise<unknown>> = {
  start: (c) => c.start(),
  stop: (c) => c.stop(),
  restart: (c) => c.restart(),
  kill: (c) => c.kill(),
  pause: (c) => c.pause(),
  unpause: (c) => c.unpause(),
};

/** Runs a lifecycle action and answers the state the container is in afterwards. */
export async function runContainerAction(
  id: string,
  action: ContainerAction,
): Promise<{ id: string; state: string }> {
  const container = getDocker().getContainer(id);
  try {
    await ACTIONS[action](container);
  } catch (error) {
    throw action === "start" ? explainStartFailure(error, []) : error;
  }

  const raw = await container.inspect();
  log.info("container action", { id: raw.Id, action, state: raw.State.Status });
  return { id: raw.Id, state: raw.State.Status };
}

/** Removes a container; `volumes` also removes its anonymous volumes (named ones stay). */
export async function removeContainer(
  id: string,
  { force, volumes }: { force: boolean; volumes: boolean },
): Promise<{ id: string; removed: true }> {
  await getDocker().getContainer(id).remove({ force, v: volumes });
  log.info("container removed", { id, force, volumes });
  return { id, removed: true };
}
