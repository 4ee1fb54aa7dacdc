import "server-only";
import { DeleteLogGroupCommand } from "@aws-sdk/client-cloudwatch-logs";
import { DeleteSecurityGroupCommand } from "@aws-sdk/client-ec2";
import type { AwsClients } from "@/lib/aws/clients";
import { forEachItem, located } from "@/lib/cleanup/steps/each";
import type { CleanupItem } from "@/lib/cleanup/types";
import { waitFor } from "@/lib/cleanup/wait";
import type { StepContext } from "@/lib/flows/runner";
import { log } from "@/lib/log";

// Log groups go with their events. A security group is refused
// (DependencyViolation) while network interfaces of stopped Fargate tasks still use
// it: AWS releases them a while after the tasks stop, so the step waits, bounded.

const INTERFACES_WAIT_MS = 5 * 60_000;
const POLL_MS = 5_000;

export async function deleteLogGroups(aws: AwsClients, items: CleanupItem[], ctx: StepContext) {
  await forEachItem(ctx, items, async (item) => {
    const logGroupName = located(item, "logGroup");
    await aws.logs.send(new DeleteLogGroupCommand({ logGroupName }));
    log.info("cleanup deleted log group", { logGroup: logGroupName });
    return "deleted with its log events";
  });
}

export async function deleteSecurityGroups(
  aws: AwsClients,
  items: CleanupItem[],
  ctx: StepContext,
) {
  await forEachItem(ctx, items, async (item) => {
    const GroupId = located(item, "groupId");
    let deleted = false;
    await waitFor(ctx, {
      what: `network interfaces in ${GroupId} to be released`,
      timeoutMs: INTERFACES_WAIT_MS,
      intervalMs: POLL_MS,
      poll: async () => {
        try {
          await aws.ec2.send(new DeleteSecurityGroupCommand({ GroupId }));
          deleted = true;
        } catch (error) {
          if ((error as Error).name !== "DependencyViolation") throw error;
        }
        return {
          done: deleted,
          status: `network interfaces in ${GroupId} to be released (DependencyViolation)`,
        };
      },
    });
    log.info("cleanup deleted security group", { groupId: GroupId });
    return "deleted";
  });
}
