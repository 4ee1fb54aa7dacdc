import { parseImageReference } from "@/lib/images/reference";

// Registry names as people write them and as the engine wants them. Pure: the
// browser shows the same normalised name the server stores.

/** Docker Hub's one name in Slipway; every alias of it is saved under this. */
export const DOCKER_HUB = "docker.io";
/** The address the engine expects in an authconfig for Docker Hub. */
export const DOCKER_HUB_AUTH_ADDRESS = "https://index.docker.io/v1/";

const HUB_ALIASES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io"]);

/** `https://Index.Docker.io/v1/` -> `docker.io`; `http://127.0.0.1:5055/` -> `127.0.0.1:5055`. */
export function normalizeServer(text: string): string {
  const bare = text
    .trim()
    .replace(/^[a-z]+:\/\//i, "")
    .replace(/\/.*$/, "")
    .toLowerCase();
  return HUB_ALIASES.has(bare) ? DOCKER_HUB : bare;
}

/** The registry a reference pulls from: `alpine` and `team/app` come from Docker Hub. */
export function registryOfReference(reference: string): string {
  const registry = parseImageReference(reference).registry;
  return registry === undefined ? DOCKER_HUB : normalizeServer(registry);
}

/** What goes in the authconfig's `serveraddress` for a saved server name. */
export function engineServerAddress(server: string): string {
  return server === DOCKER_HUB ? DOCKER_HUB_AUTH_ADDRESS : server;
}

const HOST_PORT = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$/;

/** Why a server name cannot be saved, or null when it can. */
export function serverProblem(server: string): string | null {
  if (server === "") return "The registry server is empty";
  if (!HOST_PORT.test(server)) {
    return (
      `"${server}" is not a registry host[:port] ` +
      "such as registry.example.com or 127.0.0.1:5055"
    );
  }
  return null;
}
