import "server-only";
import { currentEngine } from "@/lib/engines/scope";
import { AppError, isAppError } from "@/lib/errors";

// Engine errors, translated once. dockerode rejects with the engine's HTTP status in
// `statusCode` and its JSON body in `json`; connection failures carry a Node `code`.

export interface DockerodeError {
  statusCode?: number;
  /** The parsed body; an empty Buffer when the engine sent none (a 304). */
  json?: { message?: unknown } | Buffer | null;
  reason?: string;
  code?: string;
  message?: string;
}

const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOENT",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
]);

export function engineUnavailable(code?: string): AppError {
  const engine = currentEngine();
  const endpoint = engine.address;
  const why =
    code === "EACCES"
      ? "permission was denied on the socket: run Slipway as a user in the docker group"
      : "no engine answered";
  const advice =
    engine.id === "local"
      ? "Start Docker (Docker Desktop, or `sudo systemctl start docker` / `sudo dockerd`), or " +
        "point DOCKER_HOST at a running engine."
      : `Check that the engine "${engine.name}" runs and listens there, or switch engines.`;
  return new AppError(
    "docker_unavailable",
    `Cannot reach the Docker engine at ${endpoint} (${why}). ${advice} ` +
      "Slipway reconnects by itself.",
    { endpoint, engine: engine.id, cause: code },
  );
}

/**
 * The engine's words for a failure. Empty candidates are skipped: a 304 carries no
 * body, so docker-modem's message ends in a bare "- " and only `reason` ("container
 * already started") says anything.
 */
export function dockerMessage(error: DockerodeError): string {
  const candidates = [
    bodyMessage(error.json),
    causeInMessage(error.message),
    error.reason,
    error.message,
  ];
  const said = candidates.map((text) => text?.trim()).find((text) => text);
  return said ? onceOnly(said) : "the engine gave no reason";
}

// Newer engines wrap an error in the same words again ("no such image: x: No such
// image: x"): say it once.
function onceOnly(message: string): string {
  for (let at = message.indexOf(": "); at > 0; at = message.indexOf(": ", at + 1)) {
    const head = message.slice(0, at);
    const tail = message.slice(at + 2);
    if (head.toLowerCase() === tail.toLowerCase()) return tail;
  }
  return message;
}

function bodyMessage(json: DockerodeError["json"]): string | undefined {
  if (!json || Buffer.isBuffer(json)) return undefined;
  return typeof json.message === "string" ? json.message : undefined;
}

// On streaming calls (build, pull, push) docker-modem leaves `json` empty and puts
// the engine's message after the status: "(HTTP code 400) unexpected - <message>".
function causeInMessage(message: string | undefined): string | undefined {
  return message?.match(/^\(HTTP code \d+\) [^-]*- ([\s\S]+)$/)?.[1];
}

export function fromDockerError(error: unknown): AppError | null {
  if (isAppError(error) || typeof error !== "object" || error === null) return null;
  const e = error as DockerodeError;
  if (e.code === "EACCES" || (e.code && UNREACHABLE.has(e.code))) return engineUnavailable(e.code);
  // The engine ended a stream it was sending (logs, stats, events): the container went
  // away or the engine restarted. An expected end of a follow, not a fault of Slipway's.
  if (e.code === "ERR_STREAM_PREMATURE_CLOSE") {
    return new AppError(
      "upstream_error",
      "The Docker engine closed the stream: the container may be gone or the engine restarted",
    );
  }
  if (typeof e.statusCode !== "number") return null;
  const message = `Docker: ${dockerMessage(e)}`;
  switch (e.statusCode) {
    case 304:
      return new AppError("conflict", `${message}: there was nothing to do`);
    case 400:
      return new AppError("invalid_input", message);
    case 401:
      return new AppError("unauthorized", message);
    case 403:
      return new AppError("forbidden", message);
    case 404:
      return new AppError("not_found", message);
    case 409:
      return new AppError("conflict", message);
    default:
      return new AppError("upstream_error", message);
  }
}
