import "server-only";
import { randomUUID } from "node:crypto";
import type { AwsClients } from "@/lib/aws/clients";
import { buildPlanItems } from "@/lib/cleanup/build-plan";
import { discover } from "@/lib/cleanup/discover/discover";
import { planNotes } from "@/lib/cleanup/notes";
import { savePlan } from "@/lib/cleanup/plan-store";
import { NO_NAMES, type PlanRequest, targetOf } from "@/lib/cleanup/schemas";
import { summarize } from "@/lib/cleanup/selection";
import type { CleanupPlan } from "@/lib/cleanup/types";
import { currentEngine } from "@/lib/engines/scope";
import { log } from "@/lib/log";

/** A run refuses a plan older than this: what it saw has likely changed. */
export const PLAN_VALID_MS = 60 * 60_000;

/** Looks at AWS and the engine, and plans the target's cleanup; changes nothing. */
export async function createPlan(aws: AwsClients, request: PlanRequest): Promise<CleanupPlan> {
  const started = Date.now();
  const target = targetOf(request);
  const names = request.names ?? NO_NAMES;
  const discovered = await discover(aws, {
    target,
    names,
    local: request.local,
    aws: request.aws,
  });
  const { facts, app } = discovered;
  const input = { target, names, keepRevisions: request.keepRevisions, app, facts };
  const items = buildPlanItems(input, { aws: request.aws, local: request.local });

  const createdAt = new Date();
  const plan: CleanupPlan = {
    id: randomUUID(),
    target,
    app,
    names,
    keepRevisions: request.keepRevisions,
    local: request.local,
    aws: request.aws,
    context: {
      profile: aws.context.profile,
      region: aws.context.region,
      engine: currentEngine().id,
    },
    createdAt: createdAt.toISOString(),
    expiresAt: new Date(createdAt.getTime() + PLAN_VALID_MS).toISOString(),
    items,
    notes: [...discovered.notes, ...planNotes(target, names, facts, items.length)],
    summary: summarize(items),
  };
  await savePlan(plan);
  log.info("cleanup planned", {
    plan: plan.id,
    target: target.kind,
    remove: plan.summary.remove,
    keep: plan.summary.keep,
    ms: Date.now() - started,
  });
  return plan;
}
