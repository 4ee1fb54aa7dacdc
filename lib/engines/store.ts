import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { config } from "@/lib/config";
import {
  type EngineAddress,
  type EngineInput,
  engineId,
  engineIdFor,
  engineTls,
  parseEngineAddress,
  sameEngineAddress,
} from "@/lib/engines/address";
import { AppError, conflict, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { writePrivateJson } from "@/lib/system/private-file";

// Saved engines live in one file under SLIPWAY_DATA_DIR, readable by this user only
// (0600 in a 0700 folder): TLS keys are kept in it. The file may be edited by hand,
// so each entry is checked on its own: a bad one is reported and skipped, the rest
// still work.

const FILE_NAME = "engines.json";

export interface SavedEngine {
  id: string;
  name: string;
  address: string;
  tls?: { ca: string; cert: string; key: string };
}

export interface ResolvedEngine extends SavedEngine {
  parsed: EngineAddress;
}

export interface EnginesFile {
  engines: ResolvedEngine[];
  /** One sentence per entry that could not be used. */
  problems: string[];
}

const entrySchema = z.object({
  id: engineId,
  name: z.string().min(1),
  address: z.string(),
  tls: engineTls.optional(),
});

export function enginesFile(): string {
  return path.join(config().dataDir, FILE_NAME);
}

export async function readEngines(): Promise<EnginesFile> {
  let text: string;
  try {
    text = await fs.readFile(enginesFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { engines: [], problems: [] };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { engines: [], problems: [`${enginesFile()} is not valid JSON`] };
  }
  const list = (raw as { engines?: unknown })?.engines;
  if (!Array.isArray(list)) {
    return { engines: [], problems: [`${enginesFile()} has no "engines" list`] };
  }
  const result: EnginesFile = { engines: [], problems: [] };
  const seen = new Set<string>(["local"]);
  list.forEach((entry, index) => {
    const where = `entry ${index + 1} of ${enginesFile()}`;
    const checked = entrySchema.safeParse(entry);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      result.problems.push(`${where}: ${issue?.path.join(".") || "entry"}: ${issue?.message}`);
      return;
    }
    const parsed = parseEngineAddress(checked.data.address);
    if (typeof parsed === "string") result.problems.push(`${where}: address: ${parsed}`);
    else if (seen.has(checked.data.id)) {
      result.problems.push(`${where}: the id ${checked.data.id} is taken`);
    } else {
      seen.add(checked.data.id);
      result.engines.push({ ...checked.data, parsed });
    }
  });
  for (const problem of result.problems) log.warn("engines file entry skipped", { problem });
  return result;
}

// Writes go one after the other, so two saves at once never lose one of them.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Entries as they stand in the file, bad ones included: a save must not drop them. */
async function readRawEntries(): Promise<unknown[]> {
  try {
    const raw = JSON.parse(await fs.readFile(enginesFile(), "utf8"));
    return Array.isArray(raw?.engines) ? raw.engines : [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new AppError("conflict", `${enginesFile()} is not valid JSON: fix or remove it first`);
  }
}

async function writeEntries(engines: unknown[]): Promise<void> {
  await writePrivateJson(enginesFile(), { engines });
}

/** An engine Slipway knows without the file (the local one): its address is taken too. */
export interface KnownEngine {
  name: string;
  address: string;
}

/** Saves an engine; an address another engine already has is a conflict naming it. */
export function addEngine(input: EngineInput, builtIn: KnownEngine[] = []): Promise<SavedEngine> {
  return serialised(async () => {
    const entries = await readRawEntries();
    const known = [...builtIn, ...entries.filter(isKnownEngine)];
    const same = known.find((engine) => sameEngineAddress(engine.address, input.address));
    if (same) {
      throw conflict(
        `The engine "${same.name}" already has the address ${same.address}: use it, or ` +
          "remove it first",
      );
    }
    const taken = new Set(entries.map((e) => String((e as { id?: unknown })?.id)));
    const saved: SavedEngine = {
      id: engineIdFor(input.name, taken),
      name: input.name,
      address: input.address.trim(),
      ...(input.tls ? { tls: input.tls } : {}),
    };
    await writeEntries([...entries, saved]);
    log.info("engine saved", { id: saved.id, address: saved.address, tls: Boolean(saved.tls) });
    return saved;
  });
}

export function removeEngine(id: string): Promise<void> {
  return serialised(async () => {
    const entries = await readRawEntries();
    const kept = entries.filter((e) => (e as { id?: unknown })?.id !== id);
    if (kept.length === entries.length) throw notFound(`No saved engine has the id ${id}`);
    await writeEntries(kept);
    log.info("engine removed", { id });
  });
}

function isKnownEngine(entry: unknown): entry is KnownEngine {
  const { name, address } = (entry ?? {}) as Partial<Record<string, unknown>>;
  return typeof name === "string" && typeof address === "string";
}
