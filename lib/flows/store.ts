import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { config } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { waitOrAbort } from "@/lib/http/abort";
import { log } from "@/lib/log";
import { writePrivateJson } from "@/lib/system/private-file";
import type { Flow } from "./types";

// The flows this server knows: those started since it began, and those read back
// from SLIPWAY_DATA_DIR/flows. A flow read back while "running" was cut short by a
// restart: it becomes "interrupted". Kept on globalThis: Next bundles routes apart.

export interface FlowRecord {
  flow: Flow;
  /** Bumped on every change; watchers compare it to what they last sent. */
  version: number;
  watchers: Set<() => void>;
  controller: AbortController | null;
  writes: Promise<void>;
  writeTimer: ReturnType<typeof setTimeout> | null;
}

interface FlowStore {
  records: Map<string, FlowRecord>;
  loading: Promise<void> | null;
}

const WRITE_DELAY_MS = 500;
const state = globalThis as typeof globalThis & { __slipwayFlows?: FlowStore };
const store = (): FlowStore => (state.__slipwayFlows ??= { records: new Map(), loading: null });

export const flowsDir = () => path.join(config().dataDir, "flows");

export function addRecord(flow: Flow): FlowRecord {
  const record: FlowRecord = {
    flow,
    version: 0,
    watchers: new Set(),
    controller: null,
    writes: Promise.resolve(),
    writeTimer: null,
  };
  store().records.set(flow.id, record);
  return record;
}

export async function allRecords(): Promise<FlowRecord[]> {
  const flows = store();
  flows.loading ??= loadSaved();
  await flows.loading;
  return [...flows.records.values()];
}

export async function recordOrThrow(id: string): Promise<FlowRecord> {
  await allRecords();
  const record = store().records.get(id);
  if (!record) throw notFound(`No flow with id ${id}`);
  return record;
}

/** Tells watchers; writes the file at once when `now`, else within half a second. */
export function changed(record: FlowRecord, now: boolean): void {
  record.version += 1;
  record.flow.updatedAt = new Date().toISOString();
  for (const wake of record.watchers) wake();
  if (now) {
    if (record.writeTimer) clearTimeout(record.writeTimer);
    record.writeTimer = null;
    save(record);
  } else {
    record.writeTimer ??= setTimeout(() => {
      record.writeTimer = null;
      save(record);
    }, WRITE_DELAY_MS);
  }
}

/** Resolves once the record changes or the signal fires. */
export function nextChange(record: FlowRecord, signal: AbortSignal): Promise<void> {
  let wake: (() => void) | undefined;
  return waitOrAbort(signal, (w) => {
    wake = w;
    record.watchers.add(w);
  }).finally(() => {
    if (wake) record.watchers.delete(wake);
  });
}

function save(record: FlowRecord): void {
  const file = path.join(flowsDir(), `${record.flow.id}.json`);
  const snapshot = structuredClone(record.flow);
  // Chained, so an older snapshot never lands after a newer one.
  record.writes = record.writes
    .then(() => writePrivateJson(file, snapshot))
    .catch((error) => log.error("flow not saved", { flow: record.flow.id, error }));
}

async function loadSaved(): Promise<void> {
  const dir = flowsDir();
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    const flow = await readFlow(path.join(dir, name));
    if (!flow || store().records.has(flow.id)) continue;
    const record = addRecord(flow);
    if (flow.state === "running") {
      markInterrupted(flow);
      changed(record, true);
    }
  }
}

async function readFlow(file: string): Promise<Flow | null> {
  try {
    return JSON.parse(await fs.readFile(file, "utf8")) as Flow;
  } catch (error) {
    log.warn("saved flow unreadable, skipped", { file, error });
    return null;
  }
}

function markInterrupted(flow: Flow): void {
  // It ended when it last changed: the time Slipway was down is not part of its duration.
  const now = flow.updatedAt;
  const running = flow.steps.find((step) => step.state === "running");
  if (running) {
    running.state = "interrupted";
    running.endedAt = now;
    running.error = { code: "interrupted", message: "Slipway stopped while this step ran" };
  }
  flow.state = "interrupted";
  flow.endedAt = now;
  flow.failure = {
    code: "interrupted",
    message: running
      ? `Slipway stopped while "${running.title}" ran; the flow did not finish`
      : "Slipway stopped before the flow finished",
    step: running?.id ?? null,
  };
}
