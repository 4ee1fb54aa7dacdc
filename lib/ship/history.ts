import "server-only";
import { listFlows } from "@/lib/flows/query";
import { type ShipHistoryEntry, toHistoryEntry, withKnownDigests } from "@/lib/ship/history-entry";

// A service's shipments, from the flows kept under SLIPWAY_DATA_DIR: every ship and
// every rollback, newest first. Rollback reads it to find the previous good revision.

export const HISTORY_KINDS = ["ship", "rollback"];

/** When no service is named, the latest this many of all services. */
export const LATEST_SHIPS = 20;

/** The service's ships and rollbacks in one region (or the latest of all), newest first. */
export async function shipHistory(where: {
  cluster?: string | undefined;
  service?: string | undefined;
  region: string;
}): Promise<ShipHistoryEntry[]> {
  const { cluster, service } = where;
  const flows = await listFlows({
    kind: HISTORY_KINDS,
    ...(cluster && service ? { subject: { cluster, service } } : {}),
  });
  // Flows that name no region were started in the one Slipway used then; keep them.
  const entries = withKnownDigests(
    flows.filter((f) => !f.subject.region || f.subject.region === where.region).map(toHistoryEntry),
  );
  return cluster ? entries : entries.slice(0, LATEST_SHIPS);
}
