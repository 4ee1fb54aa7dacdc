import "server-only";
import { getDocker } from "@/lib/docker/client";
import type { EngineContainer, EngineNetwork } from "@/lib/docker/engine-documents";
import { toNetworkDetails, toNetworkSummaries } from "@/lib/networks/mapper";
import type { NetworkDetails, NetworkSummary } from "@/lib/networks/types";

/** Every network with its subnets and the containers attached, any state. */
export async function listNetworks(): Promise<NetworkSummary[]> {
  const docker = getDocker();
  const [networks, containers] = await Promise.all([
    docker.listNetworks(),
    docker.listContainers({ all: true }),
  ]);
  return toNetworkSummaries(networks as EngineNetwork[], containers as EngineContainer[]);
}

/** The engine's record of a network named by id, id prefix or name; 404 if none. */
export async function inspectEngineNetwork(ref: string): Promise<EngineNetwork> {
  return (await getDocker().getNetwork(ref).inspect()) as EngineNetwork;
}

export async function getNetworkDetails(ref: string): Promise<NetworkDetails> {
  const network = await inspectEngineNetwork(ref);
  const containers = await getDocker().listContainers({ all: true });
  return toNetworkDetails(network, containers as EngineContainer[]);
}
