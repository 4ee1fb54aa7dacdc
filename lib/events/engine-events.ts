import "server-only";
import type { Readable } from "node:stream";
import { getDocker } from "@/lib/docker/client";
import { jsonLines } from "@/lib/docker/json-lines";
import type { EngineEvent } from "@/lib/events/types";
import { onAbort } from "@/lib/http/abort";
import { trackStream } from "@/lib/http/stream-registry";

export type { EngineEvent };

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  id?: string;
  time?: number;
  timeNano?: number;
}

export function toEngineEvent(raw: RawEvent): EngineEvent {
  const attributes = raw.Actor?.Attributes ?? {};
  return {
    type: raw.Type ?? "unknown",
    action: raw.Action ?? "",
    id: raw.Actor?.ID ?? raw.id ?? "",
    name: attributes.name ?? null,
    time: raw.timeNano ? Math.floor(raw.timeNano / 1e6) : (raw.time ?? 0) * 1000,
    attributes,
  };
}

/**
 * Follows the engine's event stream until the signal fires or the engine goes away;
 * `options` are the engine's own filters and since (lib/events/filters.ts).
 */
export async function* followEngineEvents(
  signal: AbortSignal,
  options: { filters?: Record<string, string[]>; since?: number } = {},
): AsyncGenerator<EngineEvent> {
  const stream = (await getDocker().getEvents(options)) as unknown as Readable;
  const release = trackStream();
  // At once when the client went away while the engine was still answering.
  const forget = onAbort(signal, () => stream.destroy());
  try {
    for await (const raw of jsonLines<RawEvent>(stream)) yield toEngineEvent(raw);
  } finally {
    forget();
    stream.destroy();
    release();
  }
}
