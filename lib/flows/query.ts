import "server-only";
import { sse } from "@/lib/http/streams";
import { allRecords, nextChange, recordOrThrow } from "./store";
import type { Flow } from "./types";

export async function getFlowOrThrow(id: string): Promise<Flow> {
  return (await recordOrThrow(id)).flow;
}

export interface FlowFilter {
  kind?: string[];
  /** Every given key must equal the flow's subject value. */
  subject?: Record<string, string>;
}

/** Flows matching the filter, newest first. */
export async function listFlows(filter: FlowFilter = {}): Promise<Flow[]> {
  const subject = Object.entries(filter.subject ?? {});
  return (await allRecords())
    .map((record) => record.flow)
    .filter((flow) => !filter.kind || filter.kind.includes(flow.kind))
    .filter((flow) => subject.every(([key, value]) => flow.subject[key] === value))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

// At most this often a watcher gets a new snapshot: a push reports many lines a
// second, and each snapshot carries the whole flow.
const SNAPSHOT_GAP_MS = 150;

/**
 * The flow as Server-Sent Events: the whole flow at once and after each change;
 * then `end` {state} when it succeeded, or `failure` {code, message, step} when it
 * failed, was cancelled or interrupted.
 */
export async function flowEvents(req: Request, id: string): Promise<Response> {
  const record = await recordOrThrow(id);
  return sse(req, async function* (signal) {
    let sent = -1;
    while (!signal.aborted) {
      if (record.version !== sent) {
        sent = record.version;
        yield { data: record.flow };
      }
      const flow = record.flow;
      if (flow.state === "succeeded") {
        yield { event: "end", data: { state: flow.state } };
        return;
      }
      if (flow.state !== "running") {
        const failure = flow.failure ?? { code: flow.state, message: flow.state, step: null };
        yield { event: "failure", data: failure };
        return;
      }
      if (record.version === sent) await nextChange(record, signal);
      await pause(SNAPSHOT_GAP_MS, signal);
    }
  });
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
