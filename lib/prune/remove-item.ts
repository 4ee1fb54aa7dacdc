import "server-only";
import type Docker from "dockerode";
import { describeContainers } from "@/lib/containers/describe";
import { containerName } from "@/lib/containers/list-mapper";
import { getDocker } from "@/lib/docker/client";
import type { EngineContainer } from "@/lib/docker/engine-documents";
import { imageDigests, imageTags } from "@/lib/images/list-mapper";
import { inspectEngineNetwork } from "@/lib/networks/list";
import { networkMembers } from "@/lib/networks/mapper";
import type { PruneItem, PruneOptions } from "@/lib/prune/types";
import { usersByVolume } from "@/lib/volumes/mapper";

// Removes one planned item, after checking it still is what the plan saw: state may
// have moved since the preview (a container started, an image got a tag or a user).
// Answers null when removed, or the reason it was left. The engine's own refusals
// (a conflict found after the check) come back as reasons too.

const RUNNING = new Set(["running", "paused", "restarting", "removing"]);
const GONE = "already gone";

export function removePlanned(item: PruneItem, options: PruneOptions): Promise<string | null> {
  switch (item.kind) {
    case "containers":
      return removeContainer(item.id);
    case "images":
      return removeImage(item.id, options);
    case "volumes":
      return removeVolume(item.id);
    case "networks":
      return removeNetwork(item.id);
    case "buildCache":
      return removeBuildCacheRecord(item.id);
  }
}

async function removeContainer(id: string): Promise<string | null> {
  const container = await orGone(getDocker().getContainer(id).inspect());
  if (!container) return GONE;
  if (RUNNING.has(container.State.Status)) return `it is ${container.State.Status} now`;

  await getDocker().getContainer(id).remove({ force: false });
  return null;
}

async function removeImage(id: string, options: PruneOptions): Promise<string | null> {
  const image = await orGone(getDocker().getImage(id).inspect());
  if (!image) return GONE;
  const names = [...imageTags(image.RepoTags), ...imageDigests(image.RepoDigests)];
  if (options.dangling && names.length > 0) return `it is named ${names.join(", ")} now`;
  const users = (await allContainers()).filter((c) => c.ImageID === image.Id);
  if (users.length > 0) return `used by ${describeContainers(users.map(named))}`;

  // As the engine's own prune does: names one by one (an image with several names is
  // refused by id without force), so that a container that starts using it meanwhile
  // makes the engine refuse the last one.
  for (const name of names.length > 1 ? names : []) await orGone(untag(name));
  if (names.length <= 1 || (await orGone(getDocker().getImage(id).inspect()))) {
    await getDocker().getImage(id).remove({ force: false });
  }
  return null;
}

async function removeVolume(name: string): Promise<string | null> {
  if (!(await orGone(getDocker().getVolume(name).inspect()))) return GONE;
  const users = usersByVolume(await allContainers()).get(name) ?? [];
  if (users.length > 0) return `used by ${describeContainers(users)}`;

  await getDocker().getVolume(name).remove();
  return null;
}

async function removeNetwork(id: string): Promise<string | null> {
  const network = await orGone(inspectEngineNetwork(id));
  if (!network) return GONE;
  const members = networkMembers(network, await allContainers());
  if (members.length > 0) return `used by ${describeContainers(members)}`;

  await getDocker().getNetwork(id).remove();
  return null;
}

/** dockerode's pruneBuilder drops its filters (it would prune all): the call is made here. */
async function removeBuildCacheRecord(id: string): Promise<string | null> {
  if (!/^[a-zA-Z0-9]+$/.test(id)) return "the engine gave it an id Slipway cannot filter by";
  // The engine reads the id filter as a pattern: anchored, it names this record only.
  const answer = await new Promise<{ CachesDeleted?: string[] | null }>((resolve, reject) => {
    getDocker().modem.dial(
      {
        path: "/build/prune?",
        method: "POST",
        options: { all: true, filters: { id: [`^${id}$`] } },
        statusCodes: { 200: true, 400: "bad parameter", 500: "server error" },
      },
      (error, data) => (error ? reject(error) : resolve(data as { CachesDeleted?: string[] })),
    );
  });
  return answer.CachesDeleted?.includes(id) ? null : "the engine kept it (in use again?)";
}

async function allContainers(): Promise<EngineContainer[]> {
  return (await getDocker().listContainers({ all: true })) as EngineContainer[];
}

const named = (c: EngineContainer) => ({
  id: c.Id,
  name: containerName(c.Names, c.Id),
  state: c.State ?? "unknown",
});

function untag(name: string): Promise<Docker.ImageRemoveInfo[]> {
  return getDocker().getImage(name).remove({ force: false });
}

/** The value, or null when the engine says 404. */
async function orGone<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw error;
  }
}
