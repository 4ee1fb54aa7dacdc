import "server-only";
import Docker from "dockerode";
import { type ActiveEngine, currentEngine, DEFAULT_SOCKET } from "@/lib/engines/scope";

// The seam through which every Docker call goes. The engine is the one of the request
// being served (lib/engines/scope.ts); the local one is reached as the docker CLI
// reaches it: DOCKER_HOST, else the default socket. No API version is pinned:
// unversioned paths let the engine answer in its own version, which keeps Slipway
// working with Docker 20.10 (API 1.41) and current engines alike.

export { DEFAULT_SOCKET };

// One client per engine, kept across bundles; the key holds the address, so an engine
// saved again under the same id with another address gets a new client.
const state = globalThis as typeof globalThis & { __slipwayDockerClients?: Map<string, Docker> };
state.__slipwayDockerClients ??= new Map();
const clients = state.__slipwayDockerClients;

export function getDocker(): Docker {
  return dockerFor(currentEngine());
}

export function dockerFor(engine: ActiveEngine): Docker {
  const key = `${engine.id}\n${engine.address}\n${engine.tls ? "tls" : ""}`;
  let client = clients.get(key);
  if (!client) {
    client = new Docker(optionsFor(engine));
    clients.set(key, client);
  }
  return client;
}

/** Forgets a removed engine's client. */
export function dropDockerClient(id: string): void {
  for (const key of clients.keys()) if (key.startsWith(`${id}\n`)) clients.delete(key);
}

function optionsFor(engine: ActiveEngine): Docker.DockerOptions | undefined {
  const parsed = engine.parsed;
  // The local engine: dockerode reads DOCKER_HOST (and its TLS variables) itself.
  if (!parsed) {
    return engine.address === `unix://${DEFAULT_SOCKET}`
      ? { socketPath: DEFAULT_SOCKET }
      : undefined;
  }
  switch (parsed.kind) {
    case "unix":
      return { socketPath: parsed.socketPath };
    case "tcp":
      return engine.tls
        ? { host: parsed.host, port: parsed.port, protocol: "https", ...engine.tls }
        : { host: parsed.host, port: parsed.port, protocol: "http" };
    case "ssh":
      return { host: parsed.host, port: parsed.port, username: parsed.username, protocol: "ssh" };
  }
}

/** The address Slipway tries for this request's engine, as a person would write it. */
export function dockerEndpoint(): string {
  return currentEngine().address;
}
