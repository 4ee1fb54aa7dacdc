// One look for the states ECS reports: green when settled and well, amber while
// on its way, red when failed or unhealthy, grey when gone.

const GOOD = new Set(["ACTIVE", "RUNNING", "COMPLETED", "HEALTHY", "PRIMARY"]);
const MOVING = new Set([
  "PENDING",
  "PROVISIONING",
  "ACTIVATING",
  "IN_PROGRESS",
  "DRAINING",
  "DEACTIVATING",
  "STOPPING",
  "DEPROVISIONING",
]);
const BAD = new Set(["FAILED", "UNHEALTHY"]);

function tone(status: string): string {
  if (GOOD.has(status)) return "border-emerald-800 bg-emerald-950/60 text-emerald-200";
  if (MOVING.has(status)) return "border-amber-800 bg-amber-950/60 text-amber-200";
  if (BAD.has(status)) return "border-rose-800 bg-rose-950/60 text-rose-200";
  return "border-slate-700 bg-slate-900 text-slate-300";
}

export function StatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <span
      data-testid={testId}
      className={`inline-block rounded border px-1.5 py-0.5 font-mono text-[11px] ${tone(status)}`}
    >
      {status}
    </span>
  );
}
