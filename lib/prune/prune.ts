import "server-only";
import { getDocker } from "@/lib/docker/client";
import type { EngineNetwork } from "@/lib/docker/engine-documents";
import { invalidInput } from "@/lib/errors";
import { toAppError } from "@/lib/http/responses";
import { translateError } from "@/lib/http/translate";
import { log } from "@/lib/log";
import { planPrune } from "@/lib/prune/plan";
import { findPlan, forgetPlan, keepPlan } from "@/lib/prune/plan-store";
import { removePlanned } from "@/lib/prune/remove-item";
import type { PruneRequest } from "@/lib/prune/schemas";
import type { PruneOptions, PrunePlan, PruneResult } from "@/lib/prune/types";
import { engineDiskUsage } from "@/lib/system/engine-disk-usage";

/** A preview (the plan, kept for a run), or a run of a kept plan or of a fresh one. */
export async function prune(request: PruneRequest): Promise<PrunePlan | PruneResult> {
  if (request.preview) return previewPrune(optionsOf(request));
  if (!request.planId) return runPlan(await previewPrune(optionsOf(request)));

  const plan = findPlan(request.planId);
  if (differsFrom(plan.options, request)) {
    throw invalidInput("The filters differ from the preview's: preview again with these filters.");
  }
  forgetPlan(plan.planId);
  return runPlan(plan);
}

export async function previewPrune(options: PruneOptions): Promise<PrunePlan> {
  const [usage, networks] = await Promise.all([
    engineDiskUsage(),
    options.kinds.includes("networks") ? getDocker().listNetworks() : Promise.resolve([]),
  ]);
  const planned = planPrune({ usage, networks: networks as EngineNetwork[] }, options);
  return keepPlan(planned, options);
}

/** Removes the plan's items one by one, in the plan's order; never anything else. */
export async function runPlan(plan: PrunePlan): Promise<PruneResult> {
  const result: PruneResult = { planId: plan.planId, removed: [], skipped: [], spaceFreed: 0 };
  for (const item of plan.items) {
    let reason: string | null;
    try {
      reason = await removePlanned(item, plan.options);
    } catch (error) {
      reason = toAppError(translateError(error)).message;
    }
    if (reason === null) {
      result.removed.push(item);
      result.spaceFreed += item.size;
    } else {
      log.warn("prune left an item", { kind: item.kind, id: item.id, reason });
      result.skipped.push({ ...item, reason });
    }
  }

  log.info("prune run", {
    planId: plan.planId,
    removed: result.removed.length,
    skipped: result.skipped.length,
    spaceFreed: result.spaceFreed,
  });
  return result;
}

function optionsOf(request: PruneRequest): PruneOptions {
  return {
    kinds: request.kinds ?? [],
    dangling: request.dangling ?? true,
    labels: [...new Set(request.labels ?? [])].sort(),
  };
}

/** Whether a run names filters (any it gives) other than its preview's. */
function differsFrom(planned: PruneOptions, request: PruneRequest): boolean {
  const asked = optionsOf(request);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return (
    (request.kinds !== undefined && !same(asked.kinds, planned.kinds)) ||
    (request.dangling !== undefined && asked.dangling !== planned.dangling) ||
    (request.labels !== undefined && !same(asked.labels, planned.labels))
  );
}
