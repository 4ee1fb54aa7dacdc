import "server-only";
import { randomUUID } from "node:crypto";
import { conflict } from "@/lib/errors";
import { toAppError } from "@/lib/http/responses";
import { translateError } from "@/lib/http/translate";
import { log } from "@/lib/log";
import { addRecord, changed, type FlowRecord, recordOrThrow } from "./store";
import { type Flow, type FlowStep, OUTPUT_LINES_KEPT } from "./types";

// Runs a flow's steps in order, in the background, in the async context of the
// request that started it (so a step works on that request's engine). The first
// step that throws fails the flow; the steps after it stay pending so a retry can
// continue from there.

/** What a step returns to say it had nothing to do, and why. */
export class SkippedStep {
  constructor(readonly reason: string) {}
}

export interface StepContext {
  signal: AbortSignal;
  flow: Readonly<Flow>;
  log(line: string): void;
  detail(patch: Record<string, unknown>): void;
  setResult(patch: Record<string, unknown>): void;
  skip(reason: string): SkippedStep;
}

export interface StepDefinition {
  id: string;
  title: string;
  // biome-ignore lint/suspicious/noConfusingVoidType: a step that just finishes returns nothing
  run(ctx: StepContext): Promise<void | SkippedStep>;
}

export interface FlowSpec {
  kind: string;
  subject: Record<string, string>;
  input: unknown;
  steps: StepDefinition[];
  result?: Record<string, unknown>;
}

export function startFlow(spec: FlowSpec): Flow {
  const now = new Date().toISOString();
  const flow: Flow = {
    id: randomUUID(),
    kind: spec.kind,
    state: "running",
    createdAt: now,
    updatedAt: now,
    endedAt: null,
    subject: spec.subject,
    input: spec.input,
    steps: spec.steps.map((s) => emptyStep(s.id, s.title)),
    result: { ...spec.result },
    failure: null,
    attempts: 1,
  };
  const record = addRecord(flow);
  changed(record, true);
  log.info("flow started", { flow: flow.id, kind: flow.kind, ...flow.subject });
  void runSteps(record, spec.steps);
  return flow;
}

/** Runs a finished flow again from its first step that did not succeed or skip. */
export async function retryFlow(id: string, steps: StepDefinition[]): Promise<Flow> {
  const record = await recordOrThrow(id);
  const flow = record.flow;
  if (flow.state === "running") throw conflict(`Flow ${id} is still running`);
  if (flow.state === "succeeded") throw conflict(`Flow ${id} already succeeded`);

  for (const step of flow.steps) {
    if (step.state !== "succeeded" && step.state !== "skipped") Object.assign(step, resetStep());
  }
  flow.state = "running";
  flow.failure = null;
  flow.endedAt = null;
  flow.attempts += 1;
  changed(record, true);
  log.info("flow retried", { flow: id, kind: flow.kind, attempt: flow.attempts });
  void runSteps(record, steps);
  return flow;
}

export async function cancelFlow(id: string): Promise<Flow> {
  const record = await recordOrThrow(id);
  if (record.flow.state !== "running" || !record.controller) {
    throw conflict(`Flow ${id} is not running (it is ${record.flow.state})`);
  }
  record.controller.abort(new FlowCancelled());
  return record.flow;
}

class FlowCancelled extends Error {
  constructor() {
    super("Cancelled by the user");
    this.name = "FlowCancelled";
  }
}

async function runSteps(record: FlowRecord, definitions: StepDefinition[]): Promise<void> {
  const controller = new AbortController();
  record.controller = controller;
  const flow = record.flow;
  const started = Date.now();
  for (const definition of definitions) {
    const step = flow.steps.find((s) => s.id === definition.id);
    if (!step || step.state === "succeeded" || step.state === "skipped") continue;
    const ok = await runStep(record, step, definition, controller.signal);
    if (!ok) break;
  }
  record.controller = null;
  if (flow.state === "running") flow.state = "succeeded";
  flow.endedAt = new Date().toISOString();
  changed(record, true);
  log.info("flow finished", { flow: flow.id, state: flow.state, ms: Date.now() - started });
}

async function runStep(
  record: FlowRecord,
  step: FlowStep,
  definition: StepDefinition,
  signal: AbortSignal,
): Promise<boolean> {
  Object.assign(step, resetStep(), { state: "running", startedAt: new Date().toISOString() });
  changed(record, true);
  try {
    signal.throwIfAborted();
    const outcome = await definition.run(contextFor(record, step, signal));
    signal.throwIfAborted();
    if (outcome instanceof SkippedStep) {
      step.state = "skipped";
      step.output.push(outcome.reason);
    } else {
      step.state = "succeeded";
    }
    return true;
  } catch (error) {
    failStep(record, step, signal.aborted ? signal.reason : error);
    return false;
  } finally {
    step.endedAt = new Date().toISOString();
    changed(record, true);
  }
}

function failStep(record: FlowRecord, step: FlowStep, error: unknown): void {
  const cancelled = error instanceof FlowCancelled;
  const appError = toAppError(translateError(error));
  const stepError = cancelled
    ? { code: "cancelled", message: error.message }
    : { code: appError.code, message: appError.message };
  step.state = cancelled ? "interrupted" : "failed";
  step.error = stepError;
  record.flow.state = cancelled ? "cancelled" : "failed";
  record.flow.failure = { ...stepError, step: step.id };
  log.warn("flow step failed", { flow: record.flow.id, step: step.id, code: stepError.code });
}

function contextFor(record: FlowRecord, step: FlowStep, signal: AbortSignal): StepContext {
  return {
    signal,
    flow: record.flow,
    log(line) {
      step.output.push(line);
      if (step.output.length > OUTPUT_LINES_KEPT) step.output.shift();
      changed(record, false);
    },
    detail(patch) {
      Object.assign(step.detail, patch);
      changed(record, false);
    },
    setResult(patch) {
      Object.assign(record.flow.result, patch);
      changed(record, true);
    },
    skip: (reason) => new SkippedStep(reason),
  };
}

function emptyStep(id: string, title: string): FlowStep {
  return { id, title, ...resetStep() };
}

function resetStep(): Omit<FlowStep, "id" | "title"> {
  return {
    state: "pending",
    startedAt: null,
    endedAt: null,
    output: [],
    detail: {},
    error: null,
  };
}
