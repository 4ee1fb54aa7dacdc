import "server-only";
import { getDocker } from "@/lib/docker/client";
import type { EngineContainer } from "@/lib/docker/engine-documents";
import { conflict } from "@/lib/errors";
import { log } from "@/lib/log";
import { getNetworkDetails, inspectEngineNetwork } from "@/lib/networks/list";
import { networkMembers } from "@/lib/networks/mapper";
import type { NetworkDetails } from "@/lib/networks/types";

// Connecting and disconnecting containers, running or not (a stopped container's
// configuration changes and takes effect when it starts). Both answer the network as
// it is afterwards.

export async function connectContainer(ref: string, container: string): Promise<NetworkDetails> {
  const { network, target, attached } = await lookUp(ref, container);
  if (attached) {
    throw conflict(`Container "${target.name}" is already connected to "${network.Name}"`);
  }

  await getDocker().getNetwork(network.Id).connect({ Container: target.id });

  log.info("container connected", { network: network.Name, container: target.id });
  return getNetworkDetails(network.Id);
}

export async function disconnectContainer(
  ref: string,
  container: string,
  force: boolean,
): Promise<NetworkDetails> {
  const { network, target, attached } = await lookUp(ref, container);
  if (!attached) {
    throw conflict(`Container "${target.name}" is not connected to "${network.Name}"`);
  }

  await getDocker().getNetwork(network.Id).disconnect({ Container: target.id, Force: force });

  log.info("container disconnected", { network: network.Name, container: target.id, force });
  return getNetworkDetails(network.Id);
}

async function lookUp(ref: string, container: string) {
  const network = await inspectEngineNetwork(ref);
  const inspected = await getDocker().getContainer(container).inspect();
  const asListed: EngineContainer = {
    Id: inspected.Id,
    Names: [inspected.Name],
    State: inspected.State.Status,
    NetworkSettings: inspected.NetworkSettings,
  };
  const attached = networkMembers(network, [asListed]).length > 0;
  const target = { id: inspected.Id, name: inspected.Name.replace(/^\//, "") };
  return { network, target, attached };
}
