import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { config } from "@/lib/config";
import { ENGINE_COOKIE, type EngineAddress, LOCAL_ENGINE_ID } from "@/lib/engines/address";
import { readEngines } from "@/lib/engines/store";
import { notFound } from "@/lib/errors";
import { readCookie } from "@/lib/security/request-guard";

// Which engine a request works on: the query's `engine`, else the browser's cookie,
// else the local engine. route() (and the terminal's upgrade) runs the handler inside
// a scope holding it, so getDocker() deep in any lib function finds it without every
// signature carrying it.

export const DEFAULT_SOCKET = "/var/run/docker.sock";

export interface ActiveEngine {
  id: string;
  name: string;
  address: string;
  /** null for the local engine reached as the docker CLI would (DOCKER_HOST). */
  parsed: EngineAddress | null;
  tls?: { ca: string; cert: string; key: string };
}

// Kept on globalThis: Next bundles each route apart, and server.ts is its own bundle.
const state = globalThis as typeof globalThis & {
  __slipwayEngineScope?: AsyncLocalStorage<ActiveEngine>;
};
state.__slipwayEngineScope ??= new AsyncLocalStorage<ActiveEngine>();
const scope = state.__slipwayEngineScope;

export function localEngine(): ActiveEngine {
  const host = config().dockerHost;
  return {
    id: LOCAL_ENGINE_ID,
    name: "Local",
    address: host ?? `unix://${DEFAULT_SOCKET}`,
    parsed: null,
  };
}

/** The engine of the request being served; the local engine outside any request. */
export function currentEngine(): ActiveEngine {
  return scope.getStore() ?? localEngine();
}

export function withEngine<T>(engine: ActiveEngine, task: () => T): T {
  return scope.run(engine, task);
}

export async function engineById(id: string): Promise<ActiveEngine | undefined> {
  if (id === LOCAL_ENGINE_ID) return localEngine();
  const saved = (await readEngines()).engines.find((engine) => engine.id === id);
  return saved && { ...saved };
}

/**
 * The request's engine. An id in the query that names no engine is an error; one in
 * the cookie (an engine removed since) falls back to the local engine.
 */
export async function engineOfRequest(url: URL, headers: Headers): Promise<ActiveEngine> {
  const asked = url.searchParams.get("engine");
  if (asked) {
    const engine = await engineById(asked);
    if (!engine) throw notFound(`No engine has the id ${asked}: see /api/docker/engines`);
    return engine;
  }
  const chosen = readCookie(headers, ENGINE_COOKIE);
  if (chosen && chosen !== LOCAL_ENGINE_ID) return (await engineById(chosen)) ?? localEngine();
  return localEngine();
}

/** The Set-Cookie value that keeps a browser's choice of engine (an id, no secret). */
export function engineCookie(id: string): string {
  return `${ENGINE_COOKIE}=${encodeURIComponent(id)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000`;
}
