"use client";

import type { ReactNode } from "react";
import type { FlowStep } from "@/lib/flows/types";
import { formatBytes } from "@/lib/format/bytes";

/**
 * How a ship's step shows its detail: the push as layers and bytes, the roll-out as
 * the rollout view. Undefined leaves a step to the plain detail list.
 */
export function shipStepDetail(step: FlowStep): ReactNode | undefined {
  if (step.id === "push" && typeof step.detail.layers === "number") {
    return <PushTotals detail={step.detail} />;
  }
  return undefined;
}

function PushTotals({ detail }: { detail: Record<string, unknown> }) {
  const count = (key: string) => (typeof detail[key] === "number" ? (detail[key] as number) : 0);
  const total = count("bytesTotal");
  const share = total > 0 ? Math.min(100, (count("bytesPushed") / total) * 100) : 0;
  return (
    <div className="mt-2 space-y-1 text-xs text-slate-300" data-testid="ship-push-totals">
      <p>
        {count("layersDone")} of {count("layers")} layers · {formatBytes(count("bytesPushed"))} of{" "}
        {formatBytes(total)}
        {typeof detail.digest === "string" && (
          <span className="ml-2 font-mono text-slate-400">{detail.digest}</span>
        )}
      </p>
      <div className="h-1.5 w-full max-w-md rounded bg-slate-800">
        <div className="h-1.5 rounded bg-sky-500" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
