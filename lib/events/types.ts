// An engine event as the UI sees it; the mapper lives in engine-events.ts (server).

export interface EngineEvent {
  type: string;
  /** Exec and health actions carry details after a colon ("exec_start: sh"). */
  action: string;
  id: string;
  name: string | null;
  /** Milliseconds since the epoch. */
  time: number;
  attributes: Record<string, string>;
}
