import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { config } from "@/lib/config";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import type { RegistryCredentials } from "@/lib/registries/schemas";
import { engineServerAddress, registryOfReference } from "@/lib/registries/server-name";
import type { SavedRegistry } from "@/lib/registries/types";
import { writePrivateJson } from "@/lib/system/private-file";

// Saved registry credentials live in one file under SLIPWAY_DATA_DIR, readable by
// this user only (0600 in a 0700 folder). Passwords leave this module only inside
// an engine authconfig; list() and logs carry servers and usernames alone.

const FILE_NAME = "registries.json";
const fileSchema = z.object({
  registries: z.array(z.object({ server: z.string(), username: z.string(), password: z.string() })),
});

/** The authconfig dockerode passes to the engine for a pull or push. */
export interface EngineAuthConfig {
  username: string;
  password: string;
  serveraddress: string;
}

export function registriesFile(): string {
  return path.join(config().dataDir, FILE_NAME);
}

async function readAll(): Promise<RegistryCredentials[]> {
  let text: string;
  try {
    text = await fs.readFile(registriesFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new AppError("internal", `${registriesFile()} is not a valid registries file`);
  }
  return parsed.data.registries;
}

// Writes go one after the other, so two saves at once never lose one of them.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function writeAll(registries: RegistryCredentials[]): Promise<void> {
  await writePrivateJson(registriesFile(), { registries });
}

const publicView = ({ server, username }: RegistryCredentials): SavedRegistry => ({
  server,
  username,
});

export async function listRegistries(): Promise<SavedRegistry[]> {
  const all = await readAll();
  return all.map(publicView).sort((a, b) => a.server.localeCompare(b.server));
}

/** Saves (or replaces) the credentials for one server. */
export function saveRegistry(credentials: RegistryCredentials): Promise<SavedRegistry> {
  return serialised(async () => {
    const others = (await readAll()).filter((r) => r.server !== credentials.server);
    await writeAll([...others, credentials]);
    log.info("registry credentials saved", {
      server: credentials.server,
      username: credentials.username,
    });
    return publicView(credentials);
  });
}

export function removeRegistry(server: string): Promise<void> {
  return serialised(async () => {
    const all = await readAll();
    const kept = all.filter((r) => r.server !== server);
    if (kept.length === all.length) throw notFound(`No credentials are saved for ${server}`);
    await writeAll(kept);
    log.info("registry credentials removed", { server });
  });
}

/** The saved credentials for the registry a reference names, as the engine takes them. */
export async function authConfigFor(reference: string): Promise<EngineAuthConfig | undefined> {
  const server = registryOfReference(reference);
  const saved = (await readAll()).find((r) => r.server === server);
  if (!saved) return undefined;
  return {
    username: saved.username,
    password: saved.password,
    serveraddress: engineServerAddress(saved.server),
  };
}
