// Ship flows as the integration tests drive them: start one through the API, follow
// its events to the end, and read what it left in AWS.
import type { Flow } from "@/lib/flows/types";
import { apiJson } from "./http";
import { openSse } from "./sse";

export interface ApiError {
  error: { code: string; message: string };
}

export function postShip(body: Record<string, unknown>) {
  return apiJson<{ id: string } & ApiError>("POST", "/api/ship", body);
}

/** Follows the flow's events until it ends; the last snapshot and the closing event. */
export async function followShip(id: string, timeoutMs = 90_000) {
  const stream = await openSse(`/api/ship/${id}/events`);
  try {
    await stream.until((events) => events.some((e) => e.event !== "message"), timeoutMs);
  } finally {
    stream.close();
  }
  const snapshots = stream.events.filter((e) => e.event === "message");
  const closing = stream.events.find((e) => e.event !== "message");
  return {
    flow: snapshots.at(-1)?.data as Flow,
    snapshots: snapshots.map((e) => e.data as Flow),
    closing,
  };
}

/** The state of each step: `{build: "skipped", push: "succeeded", ...}`. */
export const stepStates = (flow: Flow) =>
  Object.fromEntries(flow.steps.map((s) => [s.id, s.state]));
