"use client";

import type { CleanupPlan } from "@/lib/cleanup/types";
import { sendJson } from "@/lib/client/api";
import type { Flow } from "@/lib/flows/types";

// The cleanup routes as the page calls them.

/** The list of recent runs; not tied to the header's AWS choice (each run has its own). */
export const cleanupRunsKey = ["cleanup", "runs"] as const;

export const runUrl = (id: string) => `/api/cleanup/runs/${encodeURIComponent(id)}`;

export const planCleanup = (body: Record<string, unknown>) =>
  sendJson<CleanupPlan>("POST", "/api/cleanup/plans", body);

export const startCleanupRun = (planId: string, itemIds: string[]) =>
  sendJson<{ id: string }>("POST", "/api/cleanup/runs", { planId, itemIds });

export const retryCleanupRun = (id: string) => sendJson<Flow>("POST", `${runUrl(id)}/retry`);

/** Where the Cleanup page opens with a target chosen. */
export function cleanupHref(target: { cluster?: string; service?: string; app?: string }) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(target)) if (value) query.set(key, value);
  return `/cleanup?${query.toString()}`;
}
