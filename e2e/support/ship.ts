// Ship flows as the integration tests drive them: start one through the API, follow
// its events to the end, and read what it left in AWS.
import { DescribeServicesCommand } from "@aws-sdk/client-ecs";
import tar from "tar-stream";
import type { Flow } from "@/lib/flows/types";
import { FROM_BASE } from "./build";
import { docker } from "./docker";
import { apiJson } from "./http";
import { moto } from "./moto";
import { playScheduler } from "./moto/scheduler";
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

/** A small local image of the run's own (labelled, one layer of `seed`), tagged `tag`. */
export async function buildLocalImage(tag: string, seed: string): Promise<string> {
  const pack = tar.pack();
  pack.entry({ name: "Dockerfile" }, `${FROM_BASE}RUN echo ${seed} > /seed\n`);
  pack.finalize();
  const stream = await docker.buildImage(pack as unknown as NodeJS.ReadableStream, {
    t: tag,
    rm: true,
  });
  await new Promise<void>((resolve, reject) =>
    docker.modem.followProgress(
      stream,
      (error: Error | null, output: Array<{ error?: string }>) => {
        const failed = output?.find((m) => m.error);
        if (error || failed) reject(error ?? new Error(failed?.error));
        else resolve();
      },
    ),
  );
  return tag;
}

/** Waits until the service exists (a first deploy creates it), then plays the scheduler. */
export async function playWhenCreated(cluster: string, service: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await moto.ecs
      .send(new DescribeServicesCommand({ cluster, services: [service] }))
      .catch(() => null);
    if (found?.services?.[0]?.status === "ACTIVE") return playScheduler(cluster, service);
    if (Date.now() > deadline) throw new Error(`harness: ${service} was not created in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
