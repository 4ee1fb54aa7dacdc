import { jsonLines } from "@/lib/docker/json-lines";

// The browser's side of the one error vocabulary: every non-2xx reply of Slipway's
// API becomes an ApiError with the server's code and message.

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code: string; message: string } };
    if (body.error) {
      const { code, message } = body.error;
      return new ApiError(
        response.status,
        code,
        message,
        (body.error as { details?: unknown }).details,
      );
    }
  } catch {
    // Not our JSON: fall through to a generic message with the status.
  }
  return new ApiError(
    response.status,
    "upstream_error",
    `Request failed with HTTP ${response.status}`,
  );
}

export async function apiFetch(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(path, {
    ...init,
    headers: {
      ...(init?.body && typeof init.body === "string"
        ? { "Content-Type": "application/json" }
        : {}),
      ...init?.headers,
    },
  });
  if (!response.ok) throw await errorFrom(response);
  return response;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await apiFetch(path)).json() as Promise<T>;
}

export async function sendJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await apiFetch(path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json() as Promise<T>;
}

/** Reads an NDJSON reply line by line as the server flushes it. */
export async function* readNdjson<T>(response: Response): AsyncGenerator<T> {
  if (!response.body) return;
  yield* jsonLines<T>(response.body as unknown as AsyncIterable<Uint8Array>);
}

/** Path segment for a resource name: `localhost:5000/app:v1` -> one encoded segment. */
export const seg = (name: string) => encodeURIComponent(name);
