import { containerName } from "@/lib/containers/list-mapper";
import type { EngineContainer, EngineNetwork } from "@/lib/docker/engine-documents";
import type {
  NetworkDetails,
  NetworkMember,
  NetworkSubnet,
  NetworkSummary,
} from "@/lib/networks/types";

// Engine network and container documents -> the networks page. The engine's network
// list has no containers and its inspect only running ones, so members come from the
// container list: a running container names the network by id, a stopped one only by
// the network's name. Pure; the engine calls live in list.ts.

export const PREDEFINED_NETWORKS: ReadonlySet<string> = new Set(["bridge", "host", "none"]);

export const isPredefinedNetwork = (name: string) => PREDEFINED_NETWORKS.has(name);

export function networkMembers(
  network: Pick<EngineNetwork, "Id" | "Name">,
  containers: readonly EngineContainer[],
): NetworkMember[] {
  const members: NetworkMember[] = [];
  for (const container of containers) {
    const endpoints = Object.entries(container.NetworkSettings?.Networks ?? {});
    const match = endpoints.find(([name, endpoint]) =>
      endpoint?.NetworkID ? endpoint.NetworkID === network.Id : name === network.Name,
    );
    if (!match) continue;
    const endpoint = match[1] ?? {};
    members.push({
      id: container.Id,
      name: containerName(container.Names, container.Id),
      state: container.State ?? "unknown",
      ipv4: endpoint.IPAddress || null,
      ipv6: endpoint.GlobalIPv6Address || null,
      macAddress: endpoint.MacAddress || null,
    });
  }
  return members.sort((a, b) => a.name.localeCompare(b.name));
}

export function toNetworkSubnets(network: EngineNetwork): NetworkSubnet[] {
  return (network.IPAM?.Config ?? []).flatMap((config) =>
    config.Subnet
      ? [
          {
            subnet: config.Subnet,
            gateway: config.Gateway || null,
            ipRange: config.IPRange || null,
          },
        ]
      : [],
  );
}

export function toNetworkSummary(
  network: EngineNetwork,
  containers: readonly EngineContainer[],
): NetworkSummary {
  const created = network.Created ? Date.parse(network.Created) : Number.NaN;
  return {
    id: network.Id,
    shortId: network.Id.slice(0, 12),
    name: network.Name,
    driver: network.Driver ?? "",
    scope: network.Scope ?? "local",
    internal: network.Internal ?? false,
    attachable: network.Attachable ?? false,
    ipv6: network.EnableIPv6 ?? false,
    created: Number.isNaN(created) ? null : new Date(created).toISOString(),
    labels: network.Labels ?? {},
    subnets: toNetworkSubnets(network),
    predefined: isPredefinedNetwork(network.Name),
    containers: networkMembers(network, containers),
  };
}

/** The engine's own networks first, then the others by name. */
export function toNetworkSummaries(
  networks: readonly EngineNetwork[],
  containers: readonly EngineContainer[],
): NetworkSummary[] {
  return networks
    .map((network) => toNetworkSummary(network, containers))
    .sort((a, b) => Number(b.predefined) - Number(a.predefined) || a.name.localeCompare(b.name));
}

export function toNetworkDetails(
  network: EngineNetwork,
  containers: readonly EngineContainer[],
): NetworkDetails {
  return {
    ...toNetworkSummary(network, containers),
    options: network.Options ?? {},
    ipamDriver: network.IPAM?.Driver ?? "default",
  };
}
