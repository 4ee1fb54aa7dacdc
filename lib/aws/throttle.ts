import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { log } from "@/lib/log";

// The SDK retries throttled calls by itself (lib/aws/clients.ts). This lets the
// code that waits on those calls say so ("rate limited, retrying") instead of
// looking stuck: each throttled attempt that will be retried is reported to the
// listener of the async context that made the call.

export interface ThrottleNotice {
  service: string;
  operation: string;
  /** The attempt that was throttled, counting from 1. */
  attempt: number;
  maxAttempts: number;
  errorName: string;
}

type Listener = (notice: ThrottleNotice) => void;
const listeners = new AsyncLocalStorage<Listener>();

export function reportThrottling(notice: ThrottleNotice): void {
  log.warn("aws call throttled, retrying", { ...notice });
  listeners.getStore()?.(notice);
}

/** Runs `work`, calling `listener` for every throttled attempt made inside it. */
export function observeThrottling<T>(listener: Listener, work: () => Promise<T>): Promise<T> {
  return listeners.run(listener, work);
}

/**
 * For stream producers: yields the throttle notices of `work` as they happen and
 * returns its result, e.g. `const done = yield* throttleNotices(() => create())`.
 */
export async function* throttleNotices<T>(
  work: () => Promise<T>,
): AsyncGenerator<ThrottleNotice, T> {
  const pending: ThrottleNotice[] = [];
  let wake: (() => void) | undefined;
  let settled = false;
  const result = observeThrottling((notice) => {
    pending.push(notice);
    wake?.();
  }, work).finally(() => {
    settled = true;
    wake?.();
  });
  // A rejection is rethrown by the `await result` below, not left unhandled.
  result.catch(() => undefined);
  while (!settled || pending.length > 0) {
    const next = pending.shift();
    if (next) {
      yield next;
      continue;
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = undefined;
  }
  return await result;
}
