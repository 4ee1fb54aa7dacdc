// Small HTTP helpers for integration tests against the running Slipway.
import { request } from "node:http";
import { SLIPWAY_URL } from "./env";

export const api = (path: string, init?: RequestInit) => fetch(`${SLIPWAY_URL}${path}`, init);

export async function apiJson<T = unknown>(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await api(path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

/** Reads an NDJSON reply to its end. */
export async function ndjsonLines<T = Record<string, unknown>>(response: Response): Promise<T[]> {
  const text = await response.text();
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export interface SseEvent {
  event: string;
  data: unknown;
}

/** Reads Server-Sent Events until `stop` says so, the stream ends, or the timeout. */
export async function readSse(
  path: string,
  stop: (events: SseEvent[]) => boolean,
  timeoutMs = 20_000,
): Promise<SseEvent[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: SseEvent[] = [];
  try {
    const response = await api(path, { signal: controller.signal });
    if (!response.body) return events;
    const decoder = new TextDecoder();
    let pending = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      pending += decoder.decode(chunk, { stream: true });
      let end = pending.indexOf("\n\n");
      while (end >= 0) {
        const block = pending.slice(0, end);
        pending = pending.slice(end + 2);
        const parsed = parseSseBlock(block);
        if (parsed) events.push(parsed);
        end = pending.indexOf("\n\n");
      }
      if (stop(events)) break;
    }
  } catch (error) {
    if ((error as Error).name !== "AbortError") throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

function parseSseBlock(block: string): SseEvent | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event: ")) event = line.slice(7);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
  }
  if (data.length === 0) return null;
  return { event, data: JSON.parse(data.join("\n")) };
}

/** Polls until `check` passes or the time is up; the last failure is thrown. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw lastError;
}

/** A request with headers fetch() will not let us set (Host), through node:http. */
export function rawRequest(
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  const url = new URL(path, SLIPWAY_URL);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, ...options },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          body += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** How many engine and AWS streams Slipway holds open (GET /api/health). */
export async function openStreams(): Promise<number> {
  const { body } = await apiJson<{ streams: { open: number } }>("GET", "/api/health");
  return body.streams.open;
}

/** Reads the NDJSON reply until a line matches, and answers that line's text. */
export async function readUntil(response: Response, pattern: RegExp): Promise<RegExpExecArray> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) throw new Error(`The stream ended before ${pattern}: ${text}`);
    text += decoder.decode(value, { stream: true });
    const match = pattern.exec(text);
    if (match) return match;
  }
}
