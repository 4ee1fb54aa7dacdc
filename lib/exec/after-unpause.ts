import "server-only";
import { untilContainer } from "@/lib/containers/state-wait";
import { type ActiveEngine, withEngine } from "@/lib/engines/scope";
import { endTerminalProcesses, type TerminalProcess } from "@/lib/exec/end-processes";
import { log } from "@/lib/log";

// A terminal closed while its container was paused leaves processes no exec can reach
// (a frozen container runs none, so no `kill`). Slipway waits for the container's
// unpause and ends them then, and checks they are gone. The wait is bounded: it ends
// when the container stops or goes (its processes went with it), after MAX_WAIT_MS,
// or when Slipway stops (then the processes are left, and the log says so).

const MAX_WAIT_MS = 12 * 60 * 60 * 1000; // said as "12 hours" in the log below

type Unpaused = "unpaused" | "stopped";

// Kept on globalThis, like other server state; the terminal lives in server.ts's bundle.
const state = globalThis as typeof globalThis & { __slipwayUnpauseWaits?: Set<AbortController> };
state.__slipwayUnpauseWaits ??= new Set();
const waits = state.__slipwayUnpauseWaits;

/** Ends `target`'s processes once its container is unpaused (in the background). */
export function endAfterUnpause(engine: ActiveEngine, target: TerminalProcess): void {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort("timeout"), MAX_WAIT_MS);
  timer.unref();
  waits.add(abort);
  const fields = { area: "terminal", container: target.containerId, pid: target.pid };
  log.info("terminal processes wait for the container's unpause", fields);

  const finished = withEngine(engine, () => waitThenEnd(target, abort.signal));
  void finished
    .then((outcome) => {
      if (outcome === "gave up") {
        const why =
          abort.signal.reason === "timeout" ? "no unpause in 12 hours" : "Slipway stopped";
        log.warn("terminal processes left in a paused container", { ...fields, why });
      } else if (outcome === "stopped") {
        log.info("terminal processes ended with their container", fields);
      } else if (outcome.leftRunning) {
        log.warn("terminal processes still run after SIGKILL", { ...fields, ...outcome });
      } else {
        log.info("terminal processes ended after unpause", { ...fields, ...outcome });
      }
    })
    .catch((error: unknown) => log.error("terminal processes not ended", { ...fields, error }))
    .finally(() => {
      clearTimeout(timer);
      waits.delete(abort);
    });
}

async function waitThenEnd(target: TerminalProcess, signal: AbortSignal) {
  for (;;) {
    const outcome = await untilContainer<Unpaused>(
      target.containerId,
      ["unpause", "die", "destroy"],
      () => containerNow(target),
      signal,
    );
    if (outcome === null) return "gave up" as const;
    if (outcome === "stopped") return outcome;
    const report = await endTerminalProcesses(target);
    // Paused again before the `kill` ran: wait for the next unpause.
    if (!report.awaitingUnpause) return report;
  }
}

async function containerNow(target: TerminalProcess): Promise<Unpaused | null> {
  try {
    const { State } = await target.container.inspect();
    if (!State.Running) return "stopped";
    return State.Paused ? null : "unpaused";
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return "stopped";
    throw error;
  }
}

/** Stops every wait (Slipway is stopping); their processes are left, as logged. */
export function stopUnpauseWaits(): void {
  for (const abort of waits) abort.abort("stopping");
}
