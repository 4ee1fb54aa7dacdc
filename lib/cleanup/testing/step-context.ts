import { SkippedStep, type StepContext } from "@/lib/flows/runner";
import type { Flow } from "@/lib/flows/types";

// For unit tests only: a step context that records what a step says.

export function fakeStepContext() {
  const lines: string[] = [];
  const detail: Record<string, unknown> = {};
  const ctx: StepContext = {
    signal: new AbortController().signal,
    flow: { id: "test-flow" } as Flow,
    log: (line) => lines.push(line),
    detail: (patch) => Object.assign(detail, patch),
    setResult: () => undefined,
    skip: (reason) => new SkippedStep(reason),
  };
  return { ctx, lines, detail };
}
