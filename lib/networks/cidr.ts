// IPv4 and IPv6 addresses and CIDR blocks, read as the engine reads them, so that a
// bad subnet or a gateway outside it is refused with a clear message before the
// engine sees it. Pure: the create dialog checks as the user types.

export type IpFamily = 4 | 6;

export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

export interface CidrBlock {
  family: IpFamily;
  /** The address as written, host bits included. */
  address: bigint;
  prefix: number;
  /** The first address of the block (host bits cleared). */
  network: bigint;
}

const BITS: Record<IpFamily, number> = { 4: 32, 6: 128 };

export function parseIp(text: string): IpAddress | null {
  if (text.includes(":")) {
    const value = parseIpv6(text);
    return value === null ? null : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === null ? null : { family: 4, value };
}

function parseIpv4(text: string): bigint | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    // No leading zeros: "010" is octal to some tools and an error to the engine.
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  let body = text;
  const tail: bigint[] = [];
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    // An IPv4 address written in the last 32 bits (::ffff:10.0.0.1).
    const v4 = parseIpv4(last);
    if (v4 === null) return null;
    tail.push(v4 >> 16n, v4 & 0xffffn);
    body = text.slice(0, lastColon + 1);
    if (!body.endsWith("::")) body = body.slice(0, -1);
  }
  const halves = body.split("::");
  if (halves.length > 2) return null;
  const words = (part: string | undefined) => (part ? part.split(":") : []);
  const left = words(halves[0]);
  const right = words(halves[1]);
  const missing = 8 - tail.length - left.length - right.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const zeros = Array<string>(halves.length === 2 ? missing : 0).fill("0");
  let value = 0n;
  for (const group of [...left, ...zeros, ...right]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
    value = (value << 16n) | BigInt(`0x${group}`);
  }
  for (const word of tail) value = (value << 16n) | word;
  return value;
}

export function parseCidr(text: string): CidrBlock | null {
  const slash = text.indexOf("/");
  if (slash < 0) return null;
  const ip = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = Number(prefixText);
  const bits = BITS[ip.family];
  if (prefix > bits) return null;
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  return { family: ip.family, address: ip.value, prefix, network: ip.value & ~hostMask };
}

export function contains(block: CidrBlock, ip: IpAddress): boolean {
  if (block.family !== ip.family) return false;
  const hostBits = BigInt(BITS[block.family] - block.prefix);
  return ip.value >> hostBits === block.network >> hostBits;
}

export function formatIp(family: IpFamily, value: bigint): string {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
  }
  const words = Array.from({ length: 8 }, (_, i) => (value >> BigInt((7 - i) * 16)) & 0xffffn);
  // The longest run of two or more zero words becomes "::", as RFC 5952 writes it.
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; i += 1) {
    let end = i;
    while (end < 8 && words[end] === 0n) end += 1;
    if (end - i > best.length) best = { start: i, length: end - i };
  }
  const hex = words.map((word) => word.toString(16));
  if (best.start < 0) return hex.join(":");
  const head = hex.slice(0, best.start).join(":");
  const tail = hex.slice(best.start + best.length).join(":");
  return `${head}::${tail}`;
}

/** The block as the engine would write it: `10.1.2.0/24` for `10.1.2.3/24`. */
export function canonicalCidr(block: CidrBlock): string {
  return `${formatIp(block.family, block.network)}/${block.prefix}`;
}

export function overlaps(a: CidrBlock, b: CidrBlock): boolean {
  const ip = (block: CidrBlock): IpAddress => ({ family: block.family, value: block.network });
  return contains(a, ip(b)) || contains(b, ip(a));
}
