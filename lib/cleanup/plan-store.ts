import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import type { CleanupPlan } from "@/lib/cleanup/types";
import { config } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { writePrivateJson } from "@/lib/system/private-file";

// Plans are kept in memory for a bounded time (on globalThis: Next bundles each route
// apart) and written to SLIPWAY_DATA_DIR/cleanup-plans, so that a plan can still be
// read after a restart. Files older than a week are dropped when a new plan is saved.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const IN_MEMORY_MS = 60 * 60_000;
const MAX_IN_MEMORY = 50;
const ON_DISK_MS = 7 * 24 * 60 * 60_000;

interface Kept {
  plan: CleanupPlan;
  keptUntil: number;
}

const state = globalThis as typeof globalThis & { __slipwayCleanupPlans?: Map<string, Kept> };
state.__slipwayCleanupPlans ??= new Map();
const plans = state.__slipwayCleanupPlans;

const plansDir = () => path.join(config().dataDir, "cleanup-plans");
const fileOf = (id: string) => path.join(plansDir(), `${id}.json`);

export async function savePlan(plan: CleanupPlan): Promise<void> {
  dropExpired();
  plans.set(plan.id, { plan, keptUntil: Date.now() + IN_MEMORY_MS });
  for (const id of plans.keys()) {
    if (plans.size <= MAX_IN_MEMORY) break;
    plans.delete(id);
  }
  await writePrivateJson(fileOf(plan.id), plan);
  void dropOldFiles();
}

/** The plan with this id, from memory or from disk; 404 when there is none. */
export async function getPlanOrThrow(id: string): Promise<CleanupPlan> {
  // Only ids Slipway hands out name a file: nothing else reaches the file system.
  if (!UUID.test(id)) throw notFound(`No cleanup plan with id ${id}: plan again`);
  dropExpired();
  const kept = plans.get(id)?.plan;
  if (kept) return kept;
  try {
    return JSON.parse(await fs.readFile(fileOf(id), "utf8")) as CleanupPlan;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw notFound(`No cleanup plan with id ${id}: plan again`);
  }
}

function dropExpired(): void {
  const now = Date.now();
  for (const [id, kept] of plans) if (kept.keptUntil <= now) plans.delete(id);
}

async function dropOldFiles(): Promise<void> {
  try {
    const dir = plansDir();
    for (const name of await fs.readdir(dir)) {
      const file = path.join(dir, name);
      const stat = await fs.stat(file);
      if (Date.now() - stat.mtimeMs > ON_DISK_MS) await fs.rm(file, { force: true });
    }
  } catch (error) {
    log.warn("old cleanup plans not dropped", { error });
  }
}
