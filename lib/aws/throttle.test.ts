import { ListClustersCommand } from "@aws-sdk/client-ecs";
import { describe, expect, it } from "vitest";
import { type ClientOverrides, makeClient, RETRY } from "@/lib/aws/clients";
import type { AwsContext } from "@/lib/aws/context";
import { fromAwsError } from "@/lib/aws/errors";
import { observeThrottling, type ThrottleNotice, throttleNotices } from "@/lib/aws/throttle";

// A fake ECS endpoint in place of the network: it answers ThrottlingException a set
// number of times, then a page of clusters. The real SDK client with Slipway's
// retry settings and attempt observer runs against it.

const CONTEXT: AwsContext = {
  profile: null,
  region: "us-east-1",
  source: { profile: "none", region: "query" },
};
const CREDENTIALS = { accessKeyId: "AKIDFAKE", secretAccessKey: "fake-secret" };

function throttlingEcs(throttles: number) {
  let calls = 0;
  const handler: ClientOverrides["requestHandler"] = {
    handle: async () => {
      calls += 1;
      const throttled = calls <= throttles;
      const body = throttled
        ? { __type: "ThrottlingException", message: "Rate exceeded" }
        : { clusterArns: ["arn:aws:ecs:us-east-1:123456789012:cluster/demo"] };
      return {
        response: {
          statusCode: throttled ? 400 : 200,
          headers: { "content-type": "application/x-amz-json-1.1" },
          body: new TextEncoder().encode(JSON.stringify(body)),
        },
      };
    },
  };
  return { handler, calls: () => calls };
}

describe("throttled AWS calls", () => {
  it("are retried until they succeed, each retry reported", async () => {
    const fake = throttlingEcs(2);
    const ecs = makeClient("ecs", CONTEXT, {
      requestHandler: fake.handler,
      credentials: CREDENTIALS,
    });
    const notices: ThrottleNotice[] = [];

    const answer = await observeThrottling(
      (n) => notices.push(n),
      () => ecs.send(new ListClustersCommand({})),
    );

    expect(answer.clusterArns).toEqual(["arn:aws:ecs:us-east-1:123456789012:cluster/demo"]);
    expect(fake.calls()).toBe(3);
    expect(notices.map((n) => [n.operation, n.attempt, n.errorName])).toEqual([
      ["ListClusters", 1, "ThrottlingException"],
      ["ListClusters", 2, "ThrottlingException"],
    ]);
    expect(notices[0]?.maxAttempts).toBe(RETRY.maxAttempts);
  }, 30_000);

  it("become rate_limited with AWS's own name once the attempts run out", async () => {
    const fake = throttlingEcs(100);
    const ecs = makeClient("ecs", CONTEXT, {
      requestHandler: fake.handler,
      credentials: CREDENTIALS,
      maxAttempts: 2,
    });

    const error = await ecs.send(new ListClustersCommand({})).catch((e: unknown) => e);

    expect(fake.calls()).toBe(2);
    const translated = fromAwsError(error);
    expect(translated?.code).toBe("rate_limited");
    expect(translated?.message).toMatch(/^ThrottlingException: Rate exceeded/);
  }, 30_000);

  it("are streamed to a producer while the work goes on", async () => {
    const fake = throttlingEcs(1);
    const ecs = makeClient("ecs", CONTEXT, {
      requestHandler: fake.handler,
      credentials: CREDENTIALS,
    });
    const seen: string[] = [];

    const run = throttleNotices(() => ecs.send(new ListClustersCommand({})));
    let step = await run.next();
    while (!step.done) {
      seen.push(`${step.value.operation} attempt ${step.value.attempt}`);
      step = await run.next();
    }

    expect(seen).toEqual(["ListClusters attempt 1"]);
    expect(step.value.clusterArns).toHaveLength(1);
  }, 30_000);
});
