"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { rolloutStepDetail } from "@/components/ecs/rollout-step-detail";
import { ROLL_OUT_STEP_ID } from "@/lib/ecs/rollout-types";
import type { FlowStep } from "@/lib/flows/types";
import { formatBytes } from "@/lib/format/bytes";
import { plural } from "@/lib/format/plural";

/**
 * How a ship's step shows its detail: the push as layers and bytes, the roll-out as
 * the rollout view (live from its first look on). Undefined leaves a step to the plain detail list.
 */
export function shipStepDetail(servicePage: string) {
  return (step: FlowStep): ReactNode | undefined => {
    if (step.id === "push" && typeof step.detail.layers === "number") {
      return <PushTotals detail={step.detail} />;
    }
    const rollout = rolloutStepDetail(step);
    if (step.id !== ROLL_OUT_STEP_ID) return rollout;
    // The new tasks' live logs are on the service page.
    return (
      <>
        <Link
          href={servicePage}
          className="mt-2 inline-block text-xs text-sky-300 hover:underline"
          data-testid="ship-rollout-service-link"
        >
          Open the service page (live logs of the new tasks)
        </Link>
        {rollout}
      </>
    );
  };
}

function PushTotals({ detail }: { detail: Record<string, unknown> }) {
  const count = (key: string) => (typeof detail[key] === "number" ? (detail[key] as number) : 0);
  const total = count("bytesTotal");
  const share = total > 0 ? Math.min(100, (count("bytesPushed") / total) * 100) : 0;
  // A re-push sends no bytes: every layer was in the registry already. Say that, not "0 B of 0 B".
  const allThere = total === 0 && count("layers") > 0 && count("layersDone") === count("layers");
  return (
    <div className="mt-2 space-y-1 text-xs text-slate-300" data-testid="ship-push-totals">
      <p>
        {allThere
          ? `all ${plural(count("layers"), "layer")} already in the registry`
          : `${count("layersDone")} of ${plural(count("layers"), "layer")} · ` +
            `${formatBytes(count("bytesPushed"))} of ${formatBytes(total)}`}
        {typeof detail.digest === "string" && (
          <span className="ml-2 font-mono text-slate-400">{detail.digest}</span>
        )}
      </p>
      {!allThere && (
        <div className="h-1.5 w-full max-w-md rounded bg-slate-800">
          <div className="h-1.5 rounded bg-sky-500" style={{ width: `${share}%` }} />
        </div>
      )}
    </div>
  );
}
