"use client";

import type { CleanupItem } from "@/lib/cleanup/types";
import { formatBytes } from "@/lib/format/bytes";

/** One resource of a plan: ticked to go, or kept with the reason; held back when unticking an item it waits for. */
export function PlanItemRow({
  item,
  ticked,
  heldBecause,
  onTick,
}: {
  item: CleanupItem;
  ticked: boolean;
  /** Why it stays although it was ticked: an item it waits for was unticked. */
  heldBecause: string | null;
  onTick: (ticked: boolean) => void;
}) {
  const keep = item.action === "keep";
  const going = !keep && ticked && !heldBecause;
  return (
    <li
      data-testid="cleanup-item"
      data-id={item.id}
      data-kind={item.kind}
      data-action={item.action}
      data-going={going}
      className="flex items-start gap-3 px-3 py-2"
    >
      <input
        type="checkbox"
        className="mt-1 accent-rose-500"
        checked={going}
        disabled={keep || heldBecause !== null}
        onChange={(e) => onTick(e.target.checked)}
        aria-label={`Remove ${item.name}`}
        data-testid="cleanup-item-check"
      />
      <span className="w-6 shrink-0 pt-0.5 text-right text-xs text-slate-500">{item.order}</span>
      <div className="min-w-0 flex-1">
        <p className="break-all font-mono text-xs text-slate-100">
          {item.name}
          {keep && (
            <span className="ml-2 rounded border border-emerald-800 px-1 font-sans text-[11px] text-emerald-300">
              kept
            </span>
          )}
        </p>
        <p
          className={`text-xs ${keep ? "text-emerald-300/90" : "text-slate-400"}`}
          data-testid="cleanup-item-reason"
        >
          {item.reason}
        </p>
        {heldBecause && (
          <p className="text-xs text-amber-300" data-testid="cleanup-item-held">
            {heldBecause}
          </p>
        )}
      </div>
      <span className="shrink-0 text-xs text-slate-400">{freed(item)}</span>
    </li>
  );
}

function freed(item: CleanupItem): string {
  if (item.action === "keep" || !item.frees) return "";
  if (item.frees.bytes !== undefined) return formatBytes(item.frees.bytes);
  return item.frees.note ?? "";
}
