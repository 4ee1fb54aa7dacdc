import "server-only";
import { untilContainer } from "@/lib/containers/state-wait";
import { findLogTarget, type LogTarget } from "@/lib/logs/container-logs";

// A follow whose container stopped waits here for it to run again (or to go).

export type WaitOutcome =
  | { kind: "started"; target: LogTarget }
  | { kind: "removed" }
  | { kind: "aborted" };

export async function waitForStart(id: string, signal: AbortSignal): Promise<WaitOutcome> {
  const outcome = await untilContainer<WaitOutcome>(
    id,
    ["start", "destroy"],
    async () => {
      const target = await findLogTarget(id);
      if (!target) return { kind: "removed" };
      return target.running ? { kind: "started", target } : null;
    },
    signal,
  );
  return outcome ?? { kind: "aborted" };
}
