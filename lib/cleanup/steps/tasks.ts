import "server-only";
import { StopTaskCommand } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { describeTasks } from "@/lib/cleanup/discover/ecs";
import { forEachItem, located } from "@/lib/cleanup/steps/each";
import { whenClusterGone } from "@/lib/cleanup/steps/services";
import type { CleanupItem } from "@/lib/cleanup/types";
import { waitFor } from "@/lib/cleanup/wait";
import type { StepContext } from "@/lib/flows/runner";
import { plural } from "@/lib/format/plural";

// Tasks no service owns, in a cluster that goes: stopped, then awaited until ECS
// reports them STOPPED (ECS refuses to delete a cluster with running tasks).

const TASK_WAIT_MS = 5 * 60_000;
const POLL_MS = 3_000;

export async function stopLooseTasks(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  await forEachItem(ctx, items, async (item) => {
    const cluster = located(item, "cluster");
    const task = located(item, "task");
    await aws.ecs.send(
      new StopTaskCommand({ cluster, task, reason: "Cleanup in Slipway: its cluster goes" }),
    );
    return "stop asked";
  });
  const wanted = new Set(items.map((i) => i.locator.task));
  const clusters = [...new Set(items.map((i) => i.locator.cluster ?? ""))];
  await waitFor(ctx, {
    what: `${plural(wanted.size, "task")} to stop`,
    timeoutMs: TASK_WAIT_MS,
    intervalMs: POLL_MS,
    poll: async () => {
      let running = 0;
      for (const cluster of clusters) {
        const tasks = await describeTasks(aws, cluster, "STOPPED").catch(whenClusterGone([]));
        const more = await describeTasks(aws, cluster, "RUNNING").catch(whenClusterGone([]));
        running += [...tasks, ...more].filter(
          (t) => wanted.has(t.taskArn) && t.lastStatus !== "STOPPED",
        ).length;
      }
      return {
        done: running === 0,
        status: `${wanted.size - running} of ${plural(wanted.size, "task")} stopped`,
      };
    },
  });
}
