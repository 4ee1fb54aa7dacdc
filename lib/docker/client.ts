import "server-only";
import Docker from "dockerode";
import { config } from "@/lib/config";

// The seam through which every Docker call goes. The engine is reached as the
// docker CLI reaches it: DOCKER_HOST, else the default socket. No API version is
// pinned: unversioned paths let the engine answer in its own version, which keeps
// Slipway working with Docker 20.10 (API 1.41) and current engines alike.

export const DEFAULT_SOCKET = "/var/run/docker.sock";

let client: Docker | undefined;

export function getDocker(): Docker {
  if (!client) {
    const host = config().dockerHost;
    client = host ? new Docker() : new Docker({ socketPath: DEFAULT_SOCKET });
  }
  return client;
}

/** The address Slipway tries, as a person would write it. */
export function dockerEndpoint(): string {
  return config().dockerHost ?? `unix://${DEFAULT_SOCKET}`;
}
