import "server-only";
import { getDocker } from "@/lib/docker/client";
import type { EngineDiskUsage } from "@/lib/docker/engine-documents";
import { dockerMessage } from "@/lib/docker/errors";

// GET /system/df walks every layer and volume, and Docker 20.10 refuses a second one
// while one runs ("a disk usage operation is already running"). Calls made while one
// is in flight share its answer; a refusal caused by someone else's call (the docker
// CLI, another Slipway) is retried a few times before it is reported.
// Kept on globalThis: Next bundles each route apart, and module state is per bundle.

const state = globalThis as typeof globalThis & {
  __slipwayDiskUsage?: Promise<EngineDiskUsage>;
};

const BUSY = /disk usage operation is already running/i;
const RETRY_MS = [250, 500, 1_000, 2_000, 4_000];

export function engineDiskUsage(): Promise<EngineDiskUsage> {
  state.__slipwayDiskUsage ??= fetchWithRetry().finally(() => {
    state.__slipwayDiskUsage = undefined;
  });
  return state.__slipwayDiskUsage;
}

async function fetchWithRetry(): Promise<EngineDiskUsage> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return (await getDocker().df()) as EngineDiskUsage;
    } catch (error) {
      const wait = RETRY_MS[attempt];
      if (wait === undefined || !BUSY.test(dockerMessage(error as Error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
