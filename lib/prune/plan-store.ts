import "server-only";
import { randomUUID } from "node:crypto";
import { currentEngine } from "@/lib/engines/scope";
import { notFound } from "@/lib/errors";
import type { PlannedPrune } from "@/lib/prune/plan";
import type { PruneOptions, PrunePlan } from "@/lib/prune/types";

// Previews kept for a bounded time, so that a run removes what the person saw. A
// plan is forgotten when run: it runs once. Kept on globalThis: Next bundles each
// route apart, and module state is per bundle. Lost on restart (the run then asks
// for a new preview).

const TTL_MS = 10 * 60_000;
const MAX_PLANS = 50;

// A plan names items of one engine: it is kept with that engine's id and only runs there.
interface KeptPlan {
  engine: string;
  plan: PrunePlan;
}

const state = globalThis as typeof globalThis & { __slipwayPrunePlans?: Map<string, KeptPlan> };
state.__slipwayPrunePlans ??= new Map();
const plans = state.__slipwayPrunePlans;

export function keepPlan(planned: PlannedPrune, options: PruneOptions): PrunePlan {
  dropExpired();
  const plan: PrunePlan = {
    planId: randomUUID(),
    expiresAt: new Date(Date.now() + TTL_MS).toISOString(),
    options,
    items: planned.items,
    total: {
      count: planned.items.length,
      size: planned.items.reduce((sum, item) => sum + item.size, 0),
    },
    notes: planned.notes,
  };
  plans.set(plan.planId, { engine: currentEngine().id, plan });
  // The oldest goes first when many previews were never run.
  for (const id of plans.keys()) {
    if (plans.size <= MAX_PLANS) break;
    plans.delete(id);
  }
  return plan;
}

/** The plan kept under this id; 404 when unknown, expired, already run or another engine's. */
export function findPlan(planId: string): PrunePlan {
  dropExpired();
  const kept = plans.get(planId);
  if (kept && kept.engine !== currentEngine().id) {
    throw notFound(
      `This prune preview was made on the engine ${kept.engine}, not on ` +
        `${currentEngine().id}: preview again on this engine.`,
    );
  }
  const plan = kept?.plan;
  if (!plan) {
    throw notFound(
      "This prune preview has expired, was already run, or Slipway restarted since: " +
        "preview again.",
    );
  }
  return plan;
}

/** A plan runs once: it is forgotten as its run starts. */
export function forgetPlan(planId: string): void {
  plans.delete(planId);
}

function dropExpired(): void {
  const now = Date.now();
  for (const [id, { plan }] of plans) if (Date.parse(plan.expiresAt) <= now) plans.delete(id);
}
