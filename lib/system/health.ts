import "server-only";
import { dockerEndpoint, getDocker } from "@/lib/docker/client";
import { fromDockerError } from "@/lib/docker/errors";
import { currentEngine } from "@/lib/engines/scope";
import { openStreamCount } from "@/lib/http/stream-registry";

export interface DockerHealth {
  ok: boolean;
  version: string | null;
  apiVersion: string | null;
  endpoint: string;
  /** The engine this request works on (query > cookie > local). */
  engine: { id: string; name: string };
  error?: { code: string; message: string };
}

const PING_TIMEOUT_MS = 3_000;

export async function dockerHealth(): Promise<DockerHealth> {
  const endpoint = dockerEndpoint();
  const { id, name } = currentEngine();
  const engine = { id, name };
  try {
    const version = await withTimeout(getDocker().version(), PING_TIMEOUT_MS);
    return { ok: true, version: version.Version, apiVersion: version.ApiVersion, endpoint, engine };
  } catch (error) {
    const appError = fromDockerError(error) ?? fromDockerError({ code: "ETIMEDOUT" });
    return {
      ok: false,
      version: null,
      apiVersion: null,
      endpoint,
      engine,
      error: { code: appError?.code ?? "docker_unavailable", message: appError?.message ?? "" },
    };
  }
}

export async function health() {
  return { docker: await dockerHealth(), streams: { open: openStreamCount() } };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject({ code: "ETIMEDOUT" }), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
