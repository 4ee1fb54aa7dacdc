import { z } from "zod";

// Engine addresses as the docker CLI writes them in DOCKER_HOST. Pure: the settings
// page checks an address with the same rules the server applies.

export type EngineKind = "unix" | "tcp" | "ssh";

export type EngineAddress =
  | { kind: "unix"; socketPath: string }
  | { kind: "tcp"; host: string; port: number }
  | { kind: "ssh"; username: string; host: string; port: number };

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*|\[[0-9A-Fa-f:.]+\])$/;
const USER = /^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}$/;

/** The parsed address, or a sentence saying what is wrong with it. */
export function parseEngineAddress(address: string): EngineAddress | string {
  const text = address.trim();
  if (text.startsWith("unix://")) {
    const socketPath = text.slice("unix://".length);
    if (!socketPath.startsWith("/")) return "a unix address names an absolute path: unix:///path";
    if (/[\0\n\r]/.test(socketPath)) return "the socket path holds a control character";
    return { kind: "unix", socketPath };
  }
  const match = text.match(/^(tcp|ssh):\/\/(?:([^@/]+)@)?([^/:]+|\[[^\]]+\])(?::(\d{1,5}))?\/?$/);
  if (!match) return "an engine address is unix:///path, tcp://host:port or ssh://user@host[:port]";
  const [, scheme, user, host = "", portText] = match;
  if (!HOST.test(host)) return `${host} is not a host name or address`;
  if (isCloudMetadataHost(unbracket(host))) {
    return `${host} is a cloud instance-metadata address, never a Docker engine`;
  }
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (port < 1 || port > 65535)) return "the port is between 1 and 65535";
  if (scheme === "tcp") {
    if (user) return "a tcp address carries no user";
    if (port === undefined) return "a tcp address names its port: tcp://host:port";
    return { kind: "tcp", host: unbracket(host), port };
  }
  if (!user || !USER.test(user)) return "an ssh address names its user: ssh://user@host[:port]";
  return { kind: "ssh", username: user, host: unbracket(host), port: port ?? 22 };
}

/**
 * Whether two addresses reach the same engine as written: the same socket path, or
 * the same host (any case) and port (and ssh user). Names are not resolved.
 */
export function sameEngineAddress(a: string, b: string): boolean {
  const [x, y] = [parseEngineAddress(a), parseEngineAddress(b)];
  if (typeof x === "string" || typeof y === "string") return a.trim() === b.trim();
  return addressKey(x) === addressKey(y);
}

function addressKey(address: EngineAddress): string {
  switch (address.kind) {
    case "unix":
      return `unix ${address.socketPath.replace(/\/{2,}/g, "/")}`;
    case "tcp":
      return `tcp ${address.host.toLowerCase()} ${address.port}`;
    case "ssh":
      return `ssh ${address.username} ${address.host.toLowerCase()} ${address.port}`;
  }
}

// A saved engine makes Slipway's server connect to its address: an engine "at" the
// link-local metadata service would turn Slipway into a way to read the machine's
// cloud credentials. Docker engines never live in 169.254.0.0/16.
function isCloudMetadataHost(host: string): boolean {
  const h = host.toLowerCase();
  return /^169\.254\.\d{1,3}\.\d{1,3}$/.test(h) || h === "fd00:ec2::254" || h.startsWith("fe80:");
}

function unbracket(host: string): string {
  return host.startsWith("[") ? host.slice(1, -1) : host;
}

const pem = (what: string) =>
  z
    .string()
    .max(64_000)
    .refine((text) => /-----BEGIN [A-Z0-9 ]+-----/.test(text), `${what} is PEM text`);

export const engineTls = z.object({
  ca: pem("the CA certificate"),
  cert: pem("the client certificate"),
  key: pem("the client key"),
});

export const engineId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "an engine id is lower-case letters, digits and dashes");

export const engineInput = z
  .object({
    name: z.string().trim().min(1).max(80),
    address: z.string().max(500),
    tls: engineTls.optional(),
  })
  .superRefine((value, ctx) => {
    const parsed = parseEngineAddress(value.address);
    if (typeof parsed === "string")
      ctx.addIssue({ code: "custom", path: ["address"], message: parsed });
    else if (value.tls && parsed.kind !== "tcp") {
      ctx.addIssue({ code: "custom", path: ["tls"], message: "TLS applies to tcp addresses only" });
    }
  });

export type EngineInput = z.infer<typeof engineInput>;

/** What the browser sees of an engine: never its TLS material. */
export interface EngineView {
  id: string;
  name: string;
  kind: EngineKind;
  address: string;
  tls: boolean;
  builtIn: boolean;
  active: boolean;
  answers?: boolean;
  version?: string | null;
  error?: string;
}

export const LOCAL_ENGINE_ID = "local";
export const ENGINE_COOKIE = "slipway_engine";

/** A readable id from the name, made unique against the ids taken. */
export function engineIdFor(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "engine";
  let id = base === LOCAL_ENGINE_ID ? `${base}-2` : base;
  for (let n = 2; taken.has(id) || id === LOCAL_ENGINE_ID; n += 1) id = `${base}-${n}`;
  return id;
}
