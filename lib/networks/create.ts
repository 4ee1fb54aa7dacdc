import "server-only";
import { getDocker } from "@/lib/docker/client";
import type { EngineNetwork } from "@/lib/docker/engine-documents";
import { conflict } from "@/lib/errors";
import { log } from "@/lib/log";
import { overlaps, parseCidr } from "@/lib/networks/cidr";
import { getNetworkDetails } from "@/lib/networks/list";
import { toNetworkSubnets } from "@/lib/networks/mapper";
import type { CreateNetworkInput } from "@/lib/networks/schemas";
import type { NetworkDetails } from "@/lib/networks/types";

/**
 * Creates a bridge network. The addressing was checked by the route's schema; a name
 * in use and a subnet that overlaps another network's are refused here, naming the
 * network in the way (the engine's "Pool overlaps" names none).
 */
export async function createNetwork(input: CreateNetworkInput): Promise<NetworkDetails> {
  const existing = (await getDocker().listNetworks()) as EngineNetwork[];
  const sameName = existing.find((network) => network.Name === input.name);
  if (sameName) {
    throw conflict(`A network named "${input.name}" already exists (${sameName.Id.slice(0, 12)})`);
  }
  const block = input.subnet ? parseCidr(input.subnet) : null;
  if (block && input.subnet) throwOnOverlap(input.subnet, existing);

  const network = await getDocker()
    .createNetwork({
      Name: input.name,
      Driver: "bridge",
      CheckDuplicate: true,
      Internal: input.internal ?? false,
      Attachable: input.attachable ?? false,
      EnableIPv6: block?.family === 6,
      IPAM: input.subnet
        ? {
            Driver: "default",
            Config: [{ Subnet: input.subnet, Gateway: input.gateway, IPRange: input.ipRange }],
          }
        : undefined,
      Labels: input.labels ?? {},
    })
    .catch((error: unknown) => {
      // Another network may have taken the range since the check above.
      const message = (error as { json?: { message?: string } }).json?.message ?? "";
      if (/overlaps/i.test(message)) throw conflict(`Docker: ${message}`);
      throw error;
    });

  log.info("network created", { network: input.name, id: network.id, subnet: input.subnet });
  return getNetworkDetails(network.id);
}

function throwOnOverlap(subnet: string, existing: readonly EngineNetwork[]): void {
  const wanted = parseCidr(subnet);
  if (!wanted) return;
  for (const network of existing) {
    for (const taken of toNetworkSubnets(network)) {
      const block = parseCidr(taken.subnet);
      if (!block || !overlaps(wanted, block)) continue;
      throw conflict(
        `Subnet ${subnet} overlaps ${taken.subnet} of network "${network.Name}": choose ` +
          "another range, or leave the subnet out to let the engine pick a free one.",
        { network: network.Name, subnet: taken.subnet },
      );
    }
  }
}
