import { invalidInput } from "@/lib/errors";

// Port specs in docker's own syntax, `[ip:][hostPort]:containerPort[/proto]` or a bare
// `containerPort[/proto]`, with IPv6 addresses in brackets (`[::1]:8080:80`). Shared by
// the run dialog (inline validation) and the server (engine port configuration), so no
// Node imports here.

export const PORT_PROTOCOLS = ["tcp", "udp", "sctp"] as const;
export type PortProtocol = (typeof PORT_PROTOCOLS)[number];

export interface PortSpec {
  /** null: every address (the engine binds 0.0.0.0 and ::). */
  hostIp: string | null;
  /** null: the engine picks a free host port. */
  hostPort: number | null;
  containerPort: number;
  protocol: PortProtocol;
}

/** The engine's key for a container port: `80/tcp`. */
export const portKey = (spec: Pick<PortSpec, "containerPort" | "protocol">) =>
  `${spec.containerPort}/${spec.protocol}`;

/** Parses one spec; throws invalid_input naming the part that is wrong. */
export function parsePortSpec(text: string): PortSpec {
  const spec = text.trim();
  if (spec === "") throw invalidInput("A port spec is empty; write e.g. 8080:80");
  const bad = (why: string) => invalidInput(`Port spec "${spec}": ${why}`);

  const slash = spec.lastIndexOf("/");
  const address = slash >= 0 ? spec.slice(0, slash) : spec;
  const protocol = slash >= 0 ? spec.slice(slash + 1).toLowerCase() : "tcp";
  if (!isProtocol(protocol)) {
    throw bad(`protocol "${spec.slice(slash + 1)}" is not tcp, udp or sctp`);
  }

  const { ip, ports } = splitAddress(address, bad);
  if (ports.length > 2) {
    throw bad("too many colons; write an IPv6 address in brackets, e.g. [::1]:8080:80");
  }
  const containerText = ports[ports.length - 1] ?? "";
  const hostText = ports.length === 2 ? (ports[0] ?? "") : "";
  if (ip !== null && ports.length < 2)
    throw bad("an address needs a host port part, e.g. ip:8080:80");

  return {
    hostIp: ip === null || ip === "" ? null : checkIp(ip, bad),
    hostPort: hostText === "" ? null : checkPort(hostText, "host port", bad),
    containerPort: checkPort(containerText, "container port", bad),
    protocol,
  };
}

/** The validation message for a spec, or null when it is fine (for inline form hints). */
export function portSpecProblem(text: string): string | null {
  try {
    parsePortSpec(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The canonical text of a spec, protocol always written out. */
export function formatPortSpec(spec: PortSpec): string {
  const container = portKey(spec);
  if (spec.hostIp === null && spec.hostPort === null) return container;
  const ip = spec.hostIp === null ? "" : bracketed(spec.hostIp);
  const host = spec.hostPort === null ? "" : String(spec.hostPort);
  return spec.hostIp === null ? `${host}:${container}` : `${ip}:${host}:${container}`;
}

export const bracketed = (ip: string) => (ip.includes(":") ? `[${ip}]` : ip);

const isProtocol = (value: string): value is PortProtocol =>
  (PORT_PROTOCOLS as readonly string[]).includes(value);

type Bad = (why: string) => Error;

function splitAddress(address: string, bad: Bad): { ip: string | null; ports: string[] } {
  if (!address.startsWith("[")) {
    const parts = address.split(":");
    if (parts.length === 3) return { ip: parts[0] ?? "", ports: parts.slice(1) };
    return { ip: null, ports: parts };
  }
  const close = address.indexOf("]");
  if (close < 0) throw bad("the IPv6 address has no closing bracket");
  const rest = address.slice(close + 1);
  if (!rest.startsWith(":")) throw bad("write a colon and the ports after the address");
  return { ip: address.slice(1, close), ports: rest.slice(1).split(":") };
}

function checkPort(text: string, part: string, bad: Bad): number {
  if (text === "") throw bad(`the ${part} is missing`);
  if (/^\d+-\d+$/.test(text)) {
    throw bad(`${part} range "${text}" is not supported; add one row per port`);
  }
  if (!/^\d{1,5}$/.test(text)) throw bad(`${part} "${text}" is not a number`);
  const port = Number(text);
  if (port < 1 || port > 65535) throw bad(`${part} ${port} is not between 1 and 65535`);
  return port;
}

function checkIp(ip: string, bad: Bad): string {
  if (ip.includes(":")) {
    if (/^[0-9a-f:]+$/i.test(ip) && /:.*:/.test(ip) && !/:::/.test(ip)) return ip.toLowerCase();
    throw bad(`host IP "${ip}" is not an IPv6 address`);
  }
  const octets = ip.split(".");
  const valid = octets.length === 4 && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
  if (!valid) throw bad(`host IP "${ip}" is not an IPv4 address (write IPv6 in brackets)`);
  return ip;
}
