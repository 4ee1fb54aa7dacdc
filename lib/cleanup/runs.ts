import "server-only";
import { awsClients } from "@/lib/aws/clients";
import { serially } from "@/lib/aws/serially";
import { getPlanOrThrow } from "@/lib/cleanup/plan-store";
import { runSteps } from "@/lib/cleanup/run-steps";
import type { RunRequest } from "@/lib/cleanup/schemas";
import { type Selection, selectForRun } from "@/lib/cleanup/selection";
import {
  type CleanupItem,
  type CleanupPlan,
  type CleanupRunResult,
  describeItem,
  describeTarget,
} from "@/lib/cleanup/types";
import { currentEngine } from "@/lib/engines/scope";
import { conflict, invalidInput, notFound } from "@/lib/errors";
import { getFlowOrThrow, listFlows } from "@/lib/flows/query";
import { retryFlow, startFlow } from "@/lib/flows/runner";
import type { Flow } from "@/lib/flows/types";

// A cleanup run is a flow of kind "cleanup" over the items the user ticked. It works
// in the plan's AWS profile and region and on the plan's engine, whatever the
// request's: what it removes is what the plan showed. The items travel in the flow's
// result, so a retry needs nothing but the flow.

export const CLEANUP_KIND = "cleanup";

export async function startRun(request: RunRequest): Promise<Flow> {
  // One start per plan at a time, so two clicks cannot both find no run and both start.
  return serially(`cleanup-plan:${request.planId}`, () => startRunOnce(request));
}

async function startRunOnce(request: RunRequest): Promise<Flow> {
  const plan = await getPlanOrThrow(request.planId);
  await checkNoOtherRun(plan.id);
  if (Date.parse(plan.expiresAt) <= Date.now()) {
    throw conflict(
      `This plan was made at ${plan.createdAt} and has expired: AWS and the engine may have ` +
        "changed since. Plan again.",
    );
  }
  const ticked = new Set(request.itemIds);
  checkTicked(plan, ticked);
  const selection = selectForRun(plan.items, ticked);
  checkSomethingGoes(selection);
  checkEngine(plan.context.engine, selection.run);

  const result: CleanupRunResult = {
    planId: plan.id,
    target: plan.target,
    context: plan.context,
    items: selection.run,
    keptByChoice: selection.keptByChoice,
  };
  return startFlow({
    kind: CLEANUP_KIND,
    subject: subjectOf(plan),
    input: request,
    steps: runSteps(selection.run, () => clientsOf(plan.context)),
    result: { ...result },
  });
}

/** Every id must be an item of the plan that it removes. */
function checkTicked(plan: CleanupPlan, ticked: ReadonlySet<string>): void {
  const byId = new Map(plan.items.map((item) => [item.id, item]));
  const unknown = [...ticked].filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw invalidInput(`itemIds: not in plan ${plan.id}: ${unknown.join(", ")}`);
  }
  const kept = [...ticked].map((id) => byId.get(id)).filter((i) => i?.action === "keep");
  if (kept.length > 0) {
    const why = kept.map((i) => `${i?.id} (${describeItem(i as CleanupItem)}: ${i?.reason})`);
    throw invalidInput(`itemIds: the plan keeps ${why.join("; ")}`);
  }
}

/** A plan runs once: not while a run of it is running, nor after one succeeded. */
async function checkNoOtherRun(planId: string): Promise<void> {
  const runs = await listFlows({ kind: [CLEANUP_KIND], subject: { planId } });
  const other = runs.find((f) => f.state === "running" || f.state === "succeeded");
  if (!other) return;
  const what = other.state === "running" ? "is running" : "already succeeded";
  throw conflict(
    `Run ${other.id} of plan ${planId} ${what}: a plan runs once. Retry a failed run to ` +
      "continue it, or plan again.",
    { runId: other.id, state: other.state },
  );
}

/** A run that would remove nothing is refused, saying what keeps the ticked items. */
function checkSomethingGoes(selection: Selection): void {
  if (selection.run.length > 0) return;
  const kept = selection.keptByChoice.map((k) => `${describeItem(k)} ${k.because}`);
  throw invalidInput(
    kept.length > 0
      ? `itemIds: nothing would be removed: ${kept.join("; ")}. Tick what holds them back too.`
      : "itemIds: nothing would be removed: tick at least one item the plan removes.",
    { keptByChoice: selection.keptByChoice },
  );
}

/** Local items go only on the engine the plan looked at. */
function checkEngine(engine: string, items: readonly CleanupItem[]): void {
  if (!items.some((i) => i.kind.startsWith("local-"))) return;
  if (currentEngine().id === engine) return;
  throw conflict(
    `This plan looked at the engine "${engine}", not "${currentEngine().id}": switch back to ` +
      "it, or plan again on this one.",
  );
}

function subjectOf(plan: CleanupPlan): Record<string, string> {
  const subject: Record<string, string> = {
    planId: plan.id,
    target: describeTarget(plan.target),
  };
  if (plan.app) subject.app = plan.app;
  if (plan.target.kind !== "app") subject.cluster = plan.target.cluster;
  if (plan.target.kind === "service") subject.service = plan.target.service;
  return subject;
}

// The plan's own profile and region, as if the request had named them.
const clientsOf = (context: CleanupPlan["context"]) =>
  awsClients({
    profile: context.profile,
    region: context.region,
    source: { profile: "query", region: "query" },
  });

export async function getRunOrThrow(id: string): Promise<Flow> {
  const flow = await getFlowOrThrow(id);
  if (flow.kind !== CLEANUP_KIND) throw notFound(`No cleanup run with id ${id}`);
  return flow;
}

/** Continues a failed (or interrupted, cancelled) run from the step that did not finish. */
export async function retryRun(id: string): Promise<Flow> {
  const flow = await getRunOrThrow(id);
  const result = flow.result as unknown as CleanupRunResult;
  checkEngine(result.context.engine, result.items);
  return retryFlow(
    id,
    runSteps(result.items, () => clientsOf(result.context)),
  );
}

/** The newest runs first, at most `limit`. */
export async function listRuns(limit = 20): Promise<Flow[]> {
  return (await listFlows({ kind: [CLEANUP_KIND] })).slice(0, limit);
}
