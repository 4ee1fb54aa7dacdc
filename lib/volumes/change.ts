import "server-only";
import { describeContainers } from "@/lib/containers/describe";
import { getDocker } from "@/lib/docker/client";
import { dockerMessage } from "@/lib/docker/errors";
import { conflict } from "@/lib/errors";
import { log } from "@/lib/log";
import { containersUsingVolume, getVolumeDetails } from "@/lib/volumes/list";
import { usersByVolume } from "@/lib/volumes/mapper";
import type { CreateVolumeInput } from "@/lib/volumes/schemas";
import type { VolumeDetails } from "@/lib/volumes/types";

/**
 * Creates a volume; the engine names it when no name is given. The engine answers a
 * create of an existing name with that volume, as if it were new: Slipway refuses it
 * instead, so that a typo never hands over someone else's data.
 */
export async function createVolume(input: CreateVolumeInput): Promise<VolumeDetails> {
  if (input.name && (await volumeExists(input.name))) {
    throw conflict(`Volume "${input.name}" already exists`);
  }

  const volume = await getDocker().createVolume({
    Name: input.name,
    Driver: input.driver ?? "local",
    Labels: input.labels ?? {},
  });

  log.info("volume created", { volume: volume.name, driver: input.driver ?? "local" });
  return getVolumeDetails(volume.name);
}

/**
 * Removes a volume no container uses. A volume in use is refused with the containers
 * named, whatever `force` says: the engine refuses it too, and force only makes the
 * engine ignore driver errors.
 */
export async function removeVolume(name: string, force: boolean): Promise<{ name: string }> {
  await getDocker().getVolume(name).inspect();
  const users = usersByVolume(await containersUsingVolume(name)).get(name) ?? [];
  if (users.length > 0) throw inUse(name, users);

  try {
    await getDocker().getVolume(name).remove({ force });
  } catch (error) {
    // A container may have started using it since the check.
    if ((error as { statusCode?: number }).statusCode !== 409) throw error;
    const now = usersByVolume(await containersUsingVolume(name)).get(name) ?? [];
    throw inUse(name, now, dockerMessage(error as Error));
  }

  log.info("volume removed", { volume: name, force });
  return { name };
}

function inUse(name: string, users: Parameters<typeof describeContainers>[0], engine?: string) {
  const who = users.length > 0 ? describeContainers(users) : "a container";
  return conflict(
    `Volume "${name}" is in use by ${who}. Remove those containers first (removing a ` +
      "container keeps its named volumes).",
    { containers: users, ...(engine && { engineMessage: engine }) },
  );
}

async function volumeExists(name: string): Promise<boolean> {
  try {
    await getDocker().getVolume(name).inspect();
    return true;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    throw error;
  }
}
