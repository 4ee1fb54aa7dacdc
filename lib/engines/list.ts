import "server-only";
import { dockerFor } from "@/lib/docker/client";
import { fromDockerError } from "@/lib/docker/errors";
import { type EngineKind, type EngineView, parseEngineAddress } from "@/lib/engines/address";
import { type ActiveEngine, currentEngine, localEngine, withEngine } from "@/lib/engines/scope";
import { readEngines } from "@/lib/engines/store";

// The engines a browser may choose from, each asked in parallel whether it answers.
// An engine that does not answer within the bound is listed as not answering.

const PING_TIMEOUT_MS = 2_500;

export interface EngineList {
  engines: EngineView[];
  /** Entries of engines.json that could not be used, one sentence each. */
  problems: string[];
}

export async function listEngines(options: { ping: boolean }): Promise<EngineList> {
  const file = await readEngines();
  const active = currentEngine().id;
  const all: ActiveEngine[] = [localEngine(), ...file.engines];
  const engines = await Promise.all(
    all.map(async (engine) => {
      const view = toEngineView(engine, active);
      return options.ping ? { ...view, ...(await pingEngine(engine)) } : view;
    }),
  );
  return { engines, problems: file.problems };
}

export function toEngineView(engine: ActiveEngine, activeId: string): EngineView {
  return {
    id: engine.id,
    name: engine.name,
    kind: kindOf(engine),
    address: engine.address,
    tls: Boolean(engine.tls),
    builtIn: engine.id === "local",
    active: engine.id === activeId,
  };
}

function kindOf(engine: ActiveEngine): EngineKind {
  if (engine.parsed) return engine.parsed.kind;
  const parsed = parseEngineAddress(engine.address);
  return typeof parsed === "string" ? "unix" : parsed.kind;
}

export async function pingEngine(
  engine: ActiveEngine,
): Promise<Pick<EngineView, "answers" | "version" | "error">> {
  // Errors are worded with this engine's address, not the request's.
  return withEngine(engine, async () => {
    try {
      const version = await bounded(dockerFor(engine).version(), PING_TIMEOUT_MS);
      return { answers: true, version: version.Version };
    } catch (error) {
      const appError = fromDockerError(error) ?? fromDockerError({ code: "ETIMEDOUT" });
      return { answers: false, version: null, error: appError?.message ?? String(error) };
    }
  });
}

function bounded<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject({ code: "ETIMEDOUT" }), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
