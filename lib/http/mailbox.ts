import { waitOrAbort } from "@/lib/http/abort";

// A queue that several producers push into (engine events, one stats stream per
// container) and one SSE producer drains in order. Pure: no Node imports.

export class Mailbox<T> {
  private items: T[] = [];
  private closed = false;
  private error: unknown = null;
  private wake: (() => void) | null = null;

  push(item: T): void {
    if (this.closed) return;
    this.items.push(item);
    this.wake?.();
  }

  /** No more items: the drain ends once the queued ones are out. */
  close(): void {
    this.closed = true;
    this.wake?.();
  }

  /** The drain throws `error` once the queued items are out. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.error = error;
    this.close();
  }

  async *drain(signal: AbortSignal): AsyncGenerator<T> {
    while (!signal.aborted) {
      const next = this.items.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.error) throw this.error;
      if (this.closed) return;
      // One wait per item on a long-lived signal: the wait's listener goes with it.
      await waitOrAbort(signal, (wake) => {
        this.wake = wake;
      });
      this.wake = null;
    }
  }
}
