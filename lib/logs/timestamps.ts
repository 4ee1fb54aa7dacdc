// The engine's log timestamps (RFC3339Nano, "2024-05-01T10:20:30.123456789Z") and its
// `since` parameter ("<seconds>.<nanoseconds>" since the epoch). Nanoseconds matter: a
// follow resumed after a restart asks for lines strictly after the last one it sent,
// and a Date would round two lines of one millisecond into one.

const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/;

/** The longest prefix the engine writes: 35 characters with an offset, plus a space. */
export const MAX_TIMESTAMP_PREFIX = 36;

export interface EngineInstant {
  seconds: number;
  nanos: number;
}

export function parseEngineTimestamp(value: string): EngineInstant | null {
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const [, wall, fraction = "", zone] = match;
  const millis = Date.parse(`${wall}${zone}`);
  if (Number.isNaN(millis)) return null;
  return { seconds: Math.floor(millis / 1000), nanos: Number(fraction.padEnd(9, "0")) };
}

export const isEngineTimestamp = (value: string) => parseEngineTimestamp(value) !== null;

/** `since` for the engine; `afterNanos` 1 makes it exclusive of the given instant. */
export function engineSince(instant: EngineInstant, afterNanos = 0): string {
  let seconds = instant.seconds;
  let nanos = instant.nanos + afterNanos;
  seconds += Math.floor(nanos / 1e9);
  nanos %= 1e9;
  return `${seconds}.${String(nanos).padStart(9, "0")}`;
}

/** `since` for the engine that excludes the line stamped `timestamp`. */
export function sinceAfter(timestamp: string): string | null {
  const instant = parseEngineTimestamp(timestamp);
  return instant ? engineSince(instant, 1) : null;
}

const DURATION = /^(\d+)(s|m|h|d)$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
const UNIX_SECONDS = /^\d{1,12}(\.\d{1,9})?$/;

/**
 * What a person may give as `since`: a duration back from now ("10m", "2h", "1d"),
 * UNIX seconds ("1714557630" or with a fraction) or an RFC 3339 time. Null when it is
 * none of these.
 */
export function userSinceToEngine(value: string, now = Date.now()): string | null {
  const trimmed = value.trim();
  const duration = DURATION.exec(trimmed);
  if (duration) {
    const seconds = Number(duration[1]) * (UNIT_SECONDS[duration[2] ?? "s"] ?? 1);
    return String(Math.max(0, Math.floor(now / 1000) - seconds));
  }
  if (UNIX_SECONDS.test(trimmed)) return trimmed;
  const instant = parseEngineTimestamp(trimmed);
  return instant ? engineSince(instant) : null;
}

/** Engine `since` values compare as instants; used to tell which of two is later. */
export function compareEngineTimestamps(a: string, b: string): number {
  const x = parseEngineTimestamp(a);
  const y = parseEngineTimestamp(b);
  if (!x || !y) return 0;
  return x.seconds - y.seconds || x.nanos - y.nanos;
}
