import "server-only";
import { AppError } from "@/lib/errors";
import type { StepContext } from "@/lib/flows/runner";

// Every wait of a cleanup is bounded and says what it waits for, in the step's
// detail ("waiting for service web to become INACTIVE, 2 of 3 tasks stopped, 40 s")
// and, when that changes, in its output.

export interface Wait {
  /** What is awaited, for the message when time runs out. */
  what: string;
  timeoutMs: number;
  intervalMs: number;
  /** Looks once: done, or what is still awaited ("service web DRAINING, ..."). */
  poll(): Promise<{ done: boolean; status: string }>;
}

export async function waitFor(ctx: StepContext, wait: Wait): Promise<void> {
  const started = Date.now();
  let said = "";
  for (;;) {
    const { done, status } = await wait.poll();
    const seconds = Math.round((Date.now() - started) / 1000);
    if (done) {
      ctx.detail({ waiting: `done after ${seconds} s` });
      return;
    }
    ctx.detail({ waiting: `waiting for ${status}, ${seconds} s` });
    if (status !== said) ctx.log(`waiting for ${status}`);
    said = status;
    if (Date.now() - started >= wait.timeoutMs) {
      throw new AppError(
        "upstream_error",
        `Gave up after ${Math.round(wait.timeoutMs / 1000)} s waiting for ${wait.what} ` +
          `(still: ${status}). AWS may still be working on it: retry to wait again.`,
      );
    }
    await sleep(wait.intervalMs, ctx.signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
