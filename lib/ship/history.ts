import "server-only";
import { listFlows } from "@/lib/flows/query";
import { type ShipHistoryEntry, toHistoryEntry, withKnownDigests } from "@/lib/ship/history-entry";

// A service's shipments, from the flows kept under SLIPWAY_DATA_DIR: every ship and
// every rollback, newest first. Rollback reads it to find the previous good revision.

export const HISTORY_KINDS = ["ship", "rollback"];

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
  return withKnownDigests(
    flows.filter((f) => !f.subject.region || f.subject.region === where.region).map(toHistoryEntry),
  );
}
