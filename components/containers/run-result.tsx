import Link from "next/link";
import type { CreatedContainer } from "@/lib/containers/types";
import { PortLinks } from "./port-links";

// The banner after "Run": green while the container runs, amber when it was over at
// once (exited, or being restarted by its policy), with the way to its logs.

const BOX = "mb-4 flex items-start justify-between gap-3 rounded-md border px-3 py-2 text-sm";
const RUNNING = `${BOX} border-emerald-800 bg-emerald-950/50 text-emerald-100`;
const STOPPED = `${BOX} border-amber-700 bg-amber-950/60 text-amber-100`;

export function RunResult({
  started,
  onDismiss,
}: {
  started: CreatedContainer;
  onDismiss: () => void;
}) {
  const running = started.state === "running" && started.exitCode === null;
  return (
    <div
      role="status"
      data-testid="run-result"
      data-state={running ? "running" : "stopped"}
      className={running ? RUNNING : STOPPED}
    >
      <div className="min-w-0 space-y-1">
        <p>
          {running ? "Started" : "Ran"} <span className="font-mono">{started.name}</span>
          {!running && ` — ${stoppedWords(started)}`}
        </p>
        {running && started.ports.length > 0 && <PortLinks ports={started.ports} />}
        {started.warnings.map((w) => (
          <p key={w} className="break-words text-amber-200">
            {w}
          </p>
        ))}
        {!running && (
          <Link
            href={`/containers/${started.id}/logs`}
            data-testid="run-result-logs"
            className="inline-block text-sky-300 underline hover:text-sky-200"
          >
            Open its logs
          </Link>
        )}
      </div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="opacity-70">
        ✕
      </button>
    </div>
  );
}

function stoppedWords({ state, exitCode }: CreatedContainer): string {
  const code = exitCode === null ? "" : ` (exit code ${exitCode})`;
  return state === "running" || state === "restarting"
    ? `it exited at once${code} and is being restarted`
    : `it exited at once${code}`;
}
