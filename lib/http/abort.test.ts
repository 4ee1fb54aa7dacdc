import { getEventListeners } from "node:events";
import { describe, expect, it, vi } from "vitest";
import { onAbort, pause, waitOrAbort } from "@/lib/http/abort";
import { Mailbox } from "@/lib/http/mailbox";

const listeners = (signal: AbortSignal) => getEventListeners(signal, "abort").length;

describe("waiting on one AbortSignal many times", () => {
  it("leaves no listener behind after each pause", async () => {
    const signal = new AbortController().signal;
    for (let i = 0; i < 20; i++) await pause(0, signal);
    expect(listeners(signal)).toBe(0);
  });

  it("leaves no listener behind after each wake", async () => {
    const signal = new AbortController().signal;
    for (let i = 0; i < 20; i++) await waitOrAbort(signal, (wake) => setTimeout(wake, 0));
    expect(listeners(signal)).toBe(0);
  });

  it("a mailbox drained of 50 items holds at most one listener on the client's signal", async () => {
    const signal = new AbortController().signal;
    const box = new Mailbox<number>();
    const seen: number[] = [];
    let most = 0;
    const drained = (async () => {
      for await (const item of box.drain(signal)) {
        seen.push(item);
        most = Math.max(most, listeners(signal));
      }
    })();
    for (let i = 0; i < 50; i++) {
      box.push(i);
      await new Promise((r) => setTimeout(r, 0));
      most = Math.max(most, listeners(signal));
    }
    box.close();
    await drained;
    expect(seen).toHaveLength(50);
    expect(most).toBeLessThanOrEqual(1);
    expect(listeners(signal)).toBe(0);
  });

  it("onAbort runs at once for a signal that already fired, and once only", () => {
    const abort = new AbortController();
    abort.abort();
    const onAborted = vi.fn();
    onAbort(abort.signal, onAborted)();
    expect(onAborted).toHaveBeenCalledTimes(1);
  });

  it("a pause ends early when the signal fires", async () => {
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 5);
    const started = Date.now();
    await pause(10_000, abort.signal);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(listeners(abort.signal)).toBe(0);
  });
});
