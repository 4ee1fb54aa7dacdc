import "server-only";
import type Docker from "dockerode";
import type { ContainerAction } from "@/lib/containers/schemas";
import { explainStartFailure } from "@/lib/containers/start-failure";
import { actionMisfit } from "@/lib/containers/state-actions";
import { getDocker } from "@/lib/docker/client";
import { conflict } from "@/lib/errors";
import { log } from "@/lib/log";

const ACTIONS: Record<ContainerAction, (c: Docker.Container) => Promise<unknown>> = {
  start: (c) => c.start(),
  stop: (c) => c.stop(),
  restart: (c) => c.restart(),
  kill: (c) => c.kill(),
  pause: (c) => c.pause(),
  unpause: (c) => c.unpause(),
};

/**
 * Runs a lifecycle action and answers the state the container is in afterwards. An
 * action that does not fit the state (stopping a stopped container, unpausing a
 * running one) is a 409 that says so, checked before the engine is asked and again
 * when the engine refuses, since the state may change in between.
 */
export async function runContainerAction(
  id: string,
  action: ContainerAction,
): Promise<{ id: string; state: string }> {
  const container = getDocker().getContainer(id);
  refuseMisfit(action, await container.inspect());
  try {
    await ACTIONS[action](container);
  } catch (error) {
    if (isEngineError(error)) refuseMisfit(action, await container.inspect());
    throw action === "start" ? explainStartFailure(error, []) : error;
  }

  const raw = await container.inspect();
  log.info("container action", { id: raw.Id, action, state: raw.State.Status });
  return { id: raw.Id, state: raw.State.Status };
}

function refuseMisfit(action: ContainerAction, raw: Docker.ContainerInspectInfo): void {
  const misfit = actionMisfit(action, raw.State.Status);
  if (!misfit) return;
  const name = raw.Name.replace(/^\//, "");
  throw conflict(`Container ${name} ${misfit}`, { action, state: raw.State.Status });
}

const isEngineError = (error: unknown) =>
  typeof (error as { statusCode?: unknown } | null)?.statusCode === "number";

/** Removes a container; `volumes` also removes its anonymous volumes (named ones stay). */
export async function removeContainer(
  id: string,
  { force, volumes }: { force: boolean; volumes: boolean },
): Promise<{ id: string; removed: true }> {
  await getDocker().getContainer(id).remove({ force, v: volumes });
  log.info("container removed", { id, force, volumes });
  return { id, removed: true };
}
