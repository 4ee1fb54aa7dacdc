// Cleanup plans and runs through the API, as the integration and browser tests use them.
import type { CleanupItem, CleanupPlan } from "@/lib/cleanup/types";
import type { Flow } from "@/lib/flows/types";
import { apiJson } from "./http";

export type { CleanupItem, CleanupPlan, Flow };

export async function planCleanup(body: Record<string, unknown>): Promise<CleanupPlan> {
  const answer = await apiJson<CleanupPlan>("POST", "/api/cleanup/plans", body);
  if (answer.status !== 201) throw new Error(`plan: ${JSON.stringify(answer)}`);
  return answer.body;
}

export async function startCleanup(plan: CleanupPlan, itemIds?: string[]): Promise<string> {
  const ids = itemIds ?? plan.items.filter((i) => i.action === "remove").map((i) => i.id);
  const answer = await apiJson<{ id: string }>("POST", "/api/cleanup/runs", {
    planId: plan.id,
    itemIds: ids,
  });
  if (answer.status !== 201) throw new Error(`run: ${JSON.stringify(answer)}`);
  return answer.body.id;
}

export const itemOf = (plan: CleanupPlan, kind: CleanupItem["kind"], name?: string) => {
  const found = plan.items.find((i) => i.kind === kind && (name === undefined || i.name === name));
  if (!found) {
    throw new Error(`no ${kind} ${name ?? ""} in ${plan.items.map((i) => i.id).join(", ")}`);
  }
  return found;
};
