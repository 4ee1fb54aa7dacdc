import type { Flow, FlowState } from "@/lib/flows/types";

// One line of a service's ship history, read from a ship or rollback flow. Pure: the
// history table imports the type.

export interface ShipHistoryEntry {
  id: string;
  kind: string;
  cluster: string;
  service: string;
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

export function toHistoryEntry(flow: Flow): ShipHistoryEntry {
  const text = (key: string) => {
    const value = flow.result[key];
    return typeof value === "string" && value !== "" ? value : null;
  };
  const ended = flow.endedAt ? Date.parse(flow.endedAt) : null;
  return {
    id: flow.id,
    kind: flow.kind,
    cluster: flow.subject.cluster ?? "",
    service: flow.subject.service ?? "",
    outcome: flow.state,
    startedAt: flow.createdAt,
    endedAt: flow.endedAt,
    durationMs: ended === null ? null : ended - Date.parse(flow.createdAt),
    digest: text("digest"),
    imageUri: text("imageUri"),
    revision: text("taskDefinition"),
    taskDefinitionArn: text("taskDefinitionArn"),
    publicUrl: text("publicUrl"),
    failure: flow.failure,
  };
}

/**
 * A rollback knows the revision it went back to, not the image: the image digest is
 * the one an older entry shipped with that revision.
 */
export function withKnownDigests(entries: ShipHistoryEntry[]): ShipHistoryEntry[] {
  const digestOf = new Map<string, string>();
  for (const entry of entries) {
    if (entry.taskDefinitionArn && entry.digest && !digestOf.has(entry.taskDefinitionArn)) {
      digestOf.set(entry.taskDefinitionArn, entry.digest);
    }
  }
  return entries.map((entry) =>
    entry.digest || !entry.taskDefinitionArn
      ? entry
      : { ...entry, digest: digestOf.get(entry.taskDefinitionArn) ?? null },
  );
}
