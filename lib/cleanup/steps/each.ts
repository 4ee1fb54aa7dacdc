import "server-only";
import { isAlreadyGone } from "@/lib/cleanup/gone";
import { type CleanupItem, describeItem } from "@/lib/cleanup/types";
import type { StepContext } from "@/lib/flows/runner";
import { log } from "@/lib/log";

// One step's items, one after another: each is removed, or was gone already (which
// counts as done), or fails the step with AWS's or the engine's own words.

/** What an action reports: the line for the step's output. */
export type Act = (item: CleanupItem) => Promise<string>;

export async function forEachItem(
  ctx: StepContext,
  items: readonly CleanupItem[],
  act: Act,
): Promise<void> {
  let removed = 0;
  let gone = 0;
  ctx.detail({ items: items.length, removed, "already gone": gone });
  for (const item of items) {
    ctx.signal.throwIfAborted();
    try {
      ctx.log(`${describeItem(item)}: ${await act(item)}`);
      removed += 1;
    } catch (error) {
      if (!isAlreadyGone(item.kind, error)) throw error;
      ctx.log(`${describeItem(item)}: already gone`);
      gone += 1;
    }
    ctx.detail({ removed, "already gone": gone });
  }
  log.info("cleanup step done", { flow: ctx.flow.id, removed, alreadyGone: gone });
}

/** A value the plan put in the item's locator; a plan without it cannot be run. */
export function located(item: CleanupItem, key: string): string {
  const value = item.locator[key];
  if (value === undefined) throw new Error(`cleanup item ${item.id} has no ${key}`);
  return value;
}
