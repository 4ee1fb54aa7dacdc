import "server-only";
import { getDocker } from "@/lib/docker/client";
import { engineUnavailable } from "@/lib/docker/errors";

const PING_TIMEOUT_MS = 5_000;

/**
 * Throws (docker_unavailable once translated) unless the engine answers a ping.
 * Streaming routes call it first: once a stream has started, an engine that is down
 * could only be reported as a failure line after a 200.
 */
export async function pingEngine(): Promise<void> {
  // dockerode takes an abortSignal here; its types do not say so.
  const docker = getDocker();
  const ping = docker.ping as (options: { abortSignal: AbortSignal }) => Promise<unknown>;
  try {
    await ping.call(docker, { abortSignal: AbortSignal.timeout(PING_TIMEOUT_MS) });
  } catch (error) {
    // An engine that takes the connection but never answers is as good as down.
    if ((error as Error)?.name === "AbortError") throw engineUnavailable("ETIMEDOUT");
    throw error;
  }
}
