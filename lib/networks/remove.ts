import "server-only";
import { describeContainers } from "@/lib/containers/describe";
import { getDocker } from "@/lib/docker/client";
import type { EngineContainer } from "@/lib/docker/engine-documents";
import { dockerMessage } from "@/lib/docker/errors";
import { conflict } from "@/lib/errors";
import { log } from "@/lib/log";
import { inspectEngineNetwork } from "@/lib/networks/list";
import { isPredefinedNetwork, networkMembers } from "@/lib/networks/mapper";

/**
 * Removes a network no container is attached to. Stopped containers count: the
 * engine would remove the network under them and they would then fail to start.
 */
export async function removeNetwork(ref: string): Promise<{ id: string; name: string }> {
  const network = await inspectEngineNetwork(ref);
  if (isPredefinedNetwork(network.Name)) {
    throw conflict(
      `"${network.Name}" is one of the engine's predefined networks (bridge, host, none); ` +
        "it cannot be removed.",
    );
  }
  const containers = (await getDocker().listContainers({ all: true })) as EngineContainer[];
  const members = networkMembers(network, containers);
  if (members.length > 0) {
    throw conflict(
      `Network "${network.Name}" is in use by ${describeContainers(members)}. Disconnect ` +
        "or remove those containers first.",
      { containers: members },
    );
  }

  try {
    await getDocker().getNetwork(network.Id).remove();
  } catch (error) {
    // A container may have joined since the check: the engine says "active endpoints".
    if ((error as { statusCode?: number }).statusCode !== 403) throw error;
    throw conflict(`Docker: ${dockerMessage(error as Error)}`);
  }

  log.info("network removed", { network: network.Name, id: network.Id });
  return { id: network.Id, name: network.Name };
}
