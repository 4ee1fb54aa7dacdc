import "server-only";
import { randomUUID } from "node:crypto";
import { notFound } from "@/lib/errors";
import type { PlannedPrune } from "@/lib/prune/plan";
import type { PruneOptions, PrunePlan } from "@/lib/prune/types";

// Previews kept for a bounded time, so that a run removes what the person saw. A
// plan is forgotten when run: it runs once. Kept on globalThis: Next bundles each
// route apart, and module state is per bundle. Lost on restart (the run then asks
// for a new preview).

const TTL_MS = 10 * 60_000;
const MAX_PLANS = 50;

const state = globalThis as typeof globalThis & { __slipwayPrunePlans?: Map<string, PrunePlan> };
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
  plans.set(plan.planId, plan);
  // The oldest goes first when many previews were never run.
  for (const id of plans.keys()) {
    if (plans.size <= MAX_PLANS) break;
    plans.delete(id);
  }
  return plan;
}

/** The plan kept under this id; 404 when unknown, expired or already run. */
export function findPlan(planId: string): PrunePlan {
  dropExpired();
  const plan = plans.get(planId);
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
  for (const [id, plan] of plans) if (Date.parse(plan.expiresAt) <= now) plans.delete(id);
}
