// A flow is a long operation that outlives the request that started it (ship,
// rollback, cleanup runs): an ordered list of steps whose state the server keeps,
// persists and streams. These are the shapes the API returns and the UI reads.

export type StepState = "pending" | "running" | "succeeded" | "failed" | "skipped" | "interrupted";
export type FlowState = "running" | "succeeded" | "failed" | "interrupted" | "cancelled";

export interface StepError {
  code: string;
  message: string;
}

export interface FlowFailure extends StepError {
  step: string | null;
}

export interface FlowStep {
  id: string;
  title: string;
  state: StepState;
  startedAt: string | null;
  endedAt: string | null;
  /** The step's last output lines (older ones are dropped). */
  output: string[];
  /** Values the UI shows for the step: a digest, a revision, what a wait waits for. */
  detail: Record<string, unknown>;
  error: StepError | null;
}

export interface Flow {
  id: string;
  kind: string;
  state: FlowState;
  createdAt: string;
  updatedAt: string;
  endedAt: string | null;
  /** What the flow is about ({cluster, service}, {app}...): history filters on it. */
  subject: Record<string, string>;
  /** The request that started it. Never holds secrets. */
  input: unknown;
  steps: FlowStep[];
  /** Values steps hand to later steps, and the outcome. */
  result: Record<string, unknown>;
  failure: FlowFailure | null;
  attempts: number;
}

export const OUTPUT_LINES_KEPT = 300;

export const isFinished = (state: FlowState): boolean => state !== "running";
