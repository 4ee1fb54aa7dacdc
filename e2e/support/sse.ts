// An open Server-Sent Events stream a test reads step by step, acting on the engine
// between reads (write a line, restart the container) and closing it mid-stream.
import type { SseEvent } from "./http";
import { api } from "./http";

export interface SseReader {
  status: number;
  /** Every event received so far. */
  events: SseEvent[];
  /** Waits until `check` holds for the events received so far. */
  until(check: (events: SseEvent[]) => boolean, timeoutMs?: number): Promise<SseEvent[]>;
  /** Resolves once the server has ended the stream. */
  ended(timeoutMs?: number): Promise<void>;
  close(): void;
}

export async function openSse(path: string): Promise<SseReader> {
  const controller = new AbortController();
  const response = await api(path, { signal: controller.signal });
  const events: SseEvent[] = [];
  let done = false;
  let wake: () => void = () => undefined;
  const changed = () => new Promise<void>((resolve) => (wake = resolve));

  const pump = async () => {
    const decoder = new TextDecoder();
    let pending = "";
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        pending += decoder.decode(chunk, { stream: true });
        let end = pending.indexOf("\n\n");
        while (end >= 0) {
          const parsed = parseBlock(pending.slice(0, end));
          pending = pending.slice(end + 2);
          if (parsed) events.push(parsed);
          end = pending.indexOf("\n\n");
        }
        wake();
      }
    } catch {
      // Closed by the test.
    } finally {
      done = true;
      wake();
    }
  };
  if (response.body) void pump();
  else done = true;

  const waitFor = async (check: () => boolean, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (done) throw new Error(`stream ended before ${what}: ${JSON.stringify(events)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(events)}`);
      await Promise.race([changed(), new Promise((r) => setTimeout(r, Math.min(left, 500)))]);
    }
  };

  return {
    status: response.status,
    events,
    async until(check, timeoutMs = 20_000) {
      await waitFor(() => check(events), timeoutMs, "the expected events");
      return events;
    },
    async ended(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!done) {
        if (Date.now() > deadline) throw new Error("timed out waiting for the stream to end");
        await Promise.race([changed(), new Promise((r) => setTimeout(r, 500))]);
      }
    },
    close: () => controller.abort(),
  };
}

function parseBlock(block: string): SseEvent | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith("event: ")) event = line.slice(7);
    else if (line.startsWith("data: ")) data.push(line.slice(6));
  }
  return data.length ? { event, data: JSON.parse(data.join("\n")) } : null;
}
