import "server-only";
import { listFlows } from "@/lib/flows/query";
import type { Flow, FlowState } from "@/lib/flows/types";

// A service's shipments, from the flows kept under SLIPWAY_DATA_DIR: every ship and
// every rollback, newest first. Rollback reads it to find the previous good revision.

export const HISTORY_KINDS = ["ship", "rollback"];

export interface ShipHistoryEntry {
  id: string;
  kind: string;
  outcome: FlowState;
  startedAt: string;
  endedAt: string | null;
  /** Null while it runs. */
  durationMs: number | null;
  digest: string | null;
  imageUri: string | null;
  /** `family:revision`. */
  revision: string | null;
  taskDefinitionArn: string | null;
  publicUrl: string | null;
  failure: { code: string; message: string; step: string | null } | null;
}

/** The service's ships and rollbacks in one region, newest first. */
export async function shipHistory(where: {
  cluster: string;
  service: string;
  region: string;
}): Promise<ShipHistoryEntry[]> {
  const flows = await listFlows({
    kind: HISTORY_KINDS,
    subject: { cluster: where.cluster, service: where.service },
  });
  // Flows that name no region were started in the one Slipway used then; keep them.
  return flows
    .filter((f) => !f.subject.region || f.subject.region === where.region)
    .map(toHistoryEntry);
}

export function toHistoryEntry(flow: Flow): ShipHistoryEntry {
  const text = (key: string) => {
    const value = flow.result[key];
    return typeof value === "string" && value !== "" ? value : null;
  };
  const ended = flow.endedAt ? Date.parse(flow.endedAt) : null;
  return {
    id: flow.id,
    kind: flow.kind,
    outcome: flow.state,
    startedAt: flow.createdAt,
    endedAt: flow.endedAt,
    durationMs: ended === null ? null : ended - Date.parse(flow.createdAt),
    digest: text("digest"),
    imageUri: text("imageUri"),
    revision: text("revision"),
    taskDefinitionArn: text("taskDefinitionArn"),
    publicUrl: text("publicUrl"),
    failure: flow.failure,
  };
}
