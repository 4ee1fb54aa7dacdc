import "server-only";

// The one logger: JSON lines on stdout with context fields. Values passed here must
// never hold credentials or environment values; callers log names, ids and timings.

type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = LEVELS[(process.env.SLIPWAY_LOG_LEVEL as Level | undefined) ?? "info"] ?? 20;

function write(level: Level, message: string, fields: Fields): void {
  if (LEVELS[level] < threshold) return;
  const line = { time: new Date().toISOString(), level, msg: message, ...fields };
  const out = level === "error" || level === "warn" ? process.stderr : process.stdout;
  out.write(`${JSON.stringify(line, errorReplacer)}\n`);
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

function makeLogger(base: Fields): Logger {
  return {
    debug: (m, f) => write("debug", m, { ...base, ...f }),
    info: (m, f) => write("info", m, { ...base, ...f }),
    warn: (m, f) => write("warn", m, { ...base, ...f }),
    error: (m, f) => write("error", m, { ...base, ...f }),
    child: (f) => makeLogger({ ...base, ...f }),
  };
}

export const log = makeLogger({});
