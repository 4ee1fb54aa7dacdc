import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { awsServiceError, fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { deleteSecurityGroups } from "@/lib/cleanup/steps/logs-and-groups";
import { fakeStepContext } from "@/lib/cleanup/testing/step-context";
import type { CleanupItem } from "@/lib/cleanup/types";

// AWS refuses to delete a security group while the network interfaces of stopped
// Fargate tasks still use it; moto never does, so this runs against a fake EC2.

const group: CleanupItem = {
  id: "security-group:sg-0a",
  kind: "security-group",
  name: "web (sg-0a)",
  action: "remove",
  reason: "",
  dependsOn: [],
  order: 1,
  locator: { groupId: "sg-0a" },
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it("waits while the group is still in use, then deletes it", async () => {
  let refusals = 2;
  const { aws, named } = fakeAwsClients({
    deleteSecurityGroup: () => {
      if (refusals-- > 0)
        throw awsServiceError("DependencyViolation", 400, "resource has a dependent object");
      return {};
    },
  });
  const { ctx, lines } = fakeStepContext();
  const run = deleteSecurityGroups(aws, [group], ctx);
  await vi.advanceTimersByTimeAsync(10_000);
  await run;
  expect(named("DeleteSecurityGroup")).toHaveLength(3);
  expect(lines).toEqual([
    "waiting for network interfaces in sg-0a to be released (DependencyViolation)",
    "security group web (sg-0a): deleted",
  ]);
});

it("gives up after five minutes, saying what it waited for", async () => {
  const { aws } = fakeAwsClients({
    deleteSecurityGroup: () => {
      throw awsServiceError("DependencyViolation", 400);
    },
  });
  const run = deleteSecurityGroups(aws, [group], fakeStepContext().ctx);
  const failed = expect(run).rejects.toThrow(
    "Gave up after 300 s waiting for network interfaces in sg-0a to be released",
  );
  await vi.advanceTimersByTimeAsync(301_000);
  await failed;
});
