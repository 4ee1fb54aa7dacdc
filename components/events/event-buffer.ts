import type { EngineEvent } from "@/lib/events/types";

// The events a live page holds: newest last, at most `capacity` (the oldest go first,
// counted in `dropped`). While paused, arrivals wait in `held` (bounded too) and join
// the list on resume, so nothing is missed while one reads. A reconnect replays recent
// events from the engine: those already held are recognised and skipped. Pure.

export const EVENT_CAPACITY = 1_000;

export interface ViewEvent extends EngineEvent {
  /** Rises with every event added; a stable React key. */
  seq: number;
}

export interface EventFilter {
  /** Engine types to show; empty shows all. */
  types: readonly string[];
  /** Part of the action ("die", "exec_"); empty shows all. */
  action: string;
  /** Part of the name, id, type, action or any attribute. */
  text: string;
}

export function matchesEvent(event: EngineEvent, filter: EventFilter): boolean {
  if (filter.types.length > 0 && !filter.types.includes(event.type)) return false;
  const action = filter.action.trim().toLowerCase();
  if (action && !event.action.toLowerCase().includes(action)) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  const haystack = [
    event.type,
    event.action,
    event.id,
    event.name ?? "",
    ...Object.entries(event.attributes).map(([k, v]) => `${k}=${v}`),
  ];
  return haystack.some((part) => part.toLowerCase().includes(text));
}

const keyOf = (e: EngineEvent) => `${e.time}|${e.type}|${e.action}|${e.id}`;

export class EventBuffer {
  readonly events: ViewEvent[] = [];
  readonly held: ViewEvent[] = [];
  paused = false;
  dropped = 0;
  private keys = new Set<string>();
  private nextSeq = 0;

  constructor(readonly capacity = EVENT_CAPACITY) {}

  /** The newest time held, for a reconnect to ask the engine from. */
  get lastTime(): number | null {
    return (this.held.at(-1) ?? this.events.at(-1))?.time ?? null;
  }

  add(incoming: readonly EngineEvent[]): void {
    const target = this.paused ? this.held : this.events;
    for (const event of incoming) {
      const key = keyOf(event);
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      this.nextSeq += 1;
      target.push({ ...event, seq: this.nextSeq });
    }
    this.trim(target);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.events.push(...this.held.splice(0));
    this.trim(this.events);
  }

  clear(): void {
    this.events.length = 0;
    this.held.length = 0;
    this.dropped = 0;
    this.keys.clear();
  }

  private trim(list: ViewEvent[]): void {
    const excess = list.length - this.capacity;
    if (excess <= 0) return;
    for (const event of list.splice(0, excess)) this.keys.delete(keyOf(event));
    this.dropped += excess;
  }
}
