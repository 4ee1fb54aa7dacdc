import { type CidrBlock, canonicalCidr, contains, parseCidr, parseIp } from "@/lib/networks/cidr";

// The addressing of a new bridge network, checked before the engine sees it: the
// engine takes a subnet with host bits set, and its own message for a gateway outside
// the subnet names neither. Pure: the create dialog shows the same words as it is typed.

export interface NetworkAddressing {
  subnet?: string;
  gateway?: string;
  ipRange?: string;
}

export interface AddressingProblem {
  field: keyof NetworkAddressing;
  message: string;
}

export function checkAddressing(input: NetworkAddressing): AddressingProblem[] {
  const { subnet, gateway, ipRange } = input;
  if (!subnet) {
    const needs = (field: "gateway" | "ipRange") => ({
      field,
      message: `give a subnet with the ${field === "gateway" ? "gateway" : "IP range"}`,
    });
    return [...(gateway ? [needs("gateway")] : []), ...(ipRange ? [needs("ipRange")] : [])];
  }

  const block = parseCidr(subnet);
  if (!block) {
    return [{ field: "subnet", message: `"${subnet}" is not a CIDR block such as 10.20.0.0/16` }];
  }
  if (block.address !== block.network) {
    const meant = canonicalCidr(block);
    return [{ field: "subnet", message: `"${subnet}" has host bits set: did you mean ${meant}?` }];
  }

  const problems: AddressingProblem[] = [];
  if (gateway) {
    const ip = parseIp(gateway);
    if (!ip) problems.push({ field: "gateway", message: `"${gateway}" is not an IP address` });
    else if (!contains(block, ip) || ip.value === block.network) {
      problems.push({ field: "gateway", message: `${gateway} is not a host address of ${subnet}` });
    }
  }
  if (ipRange) {
    const range = parseCidr(ipRange);
    if (!range) {
      problems.push({ field: "ipRange", message: `"${ipRange}" is not a CIDR block` });
    } else if (range.prefix < block.prefix || !contains(block, startOf(range))) {
      problems.push({ field: "ipRange", message: `${ipRange} is not inside ${subnet}` });
    }
  }
  return problems;
}

const startOf = (block: CidrBlock) => ({ family: block.family, value: block.network });
