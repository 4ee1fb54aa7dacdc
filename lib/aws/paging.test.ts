import { describe, expect, it } from "vitest";
import {
  allPages,
  DESCRIBE_LIMIT,
  describeInBatches,
  inBatches,
  mapLimited,
} from "@/lib/aws/paging";

// A fake List call over `total` service ARNs, `pageSize` a page, and a fake
// Describe call that refuses more than AWS's limit, as ECS does (case E3).

function fakeEcs(total: number, pageSize: number) {
  const arns = Array.from({ length: total }, (_, i) => `arn:aws:ecs:us-east-1:1:service/c/s${i}`);
  const sentTokens: Array<string | undefined> = [];
  const listServices = async (nextToken: string | undefined) => {
    sentTokens.push(nextToken);
    const start = nextToken ? Number(nextToken.replace("token-", "")) : 0;
    const end = start + pageSize;
    return {
      items: arns.slice(start, end),
      nextToken: end < total ? `token-${end}` : undefined,
    };
  };
  const describeBatchSizes: number[] = [];
  const describeServices = async (batch: string[]) => {
    if (batch.length > DESCRIBE_LIMIT.ecsServices) {
      throw new Error("InvalidParameterException: service names can have at most 10 items");
    }
    describeBatchSizes.push(batch.length);
    return batch.map((arn) => ({ serviceArn: arn }));
  };
  return { arns, sentTokens, listServices, describeServices, describeBatchSizes };
}

describe("paging through List calls", () => {
  it("follows nextToken until a page has none", async () => {
    const ecs = fakeEcs(23, 10);
    const arns = await allPages(ecs.listServices);
    expect(arns).toEqual(ecs.arns);
    expect(ecs.sentTokens).toEqual([undefined, "token-10", "token-20"]);
  });

  it("keeps going past an empty page that still has a token", async () => {
    const pages = [
      { items: ["a"], nextToken: "1" },
      { items: [], nextToken: "2" },
      { items: ["b"], nextToken: undefined },
    ];
    let index = 0;
    const items = await allPages(async () => pages[index++] ?? { items: [] });
    expect(items).toEqual(["a", "b"]);
  });

  it("stops when the service hands out a token it gave before", async () => {
    let calls = 0;
    const items = await allPages(async () => {
      calls += 1;
      return { items: [calls], nextToken: "same" };
    });
    expect(items).toEqual([1, 2]);
  });

  it("treats an empty-string token as the end", async () => {
    expect(await allPages(async () => ({ items: [1], nextToken: "" }))).toEqual([1]);
  });
});

describe("describing in batches", () => {
  it("describes 11 services as 10 + 1 instead of failing", async () => {
    const ecs = fakeEcs(11, 100);
    const arns = await allPages(ecs.listServices);
    const described = await describeInBatches(
      arns,
      DESCRIBE_LIMIT.ecsServices,
      ecs.describeServices,
    );
    expect(described.map((s) => s.serviceArn)).toEqual(ecs.arns);
    expect(ecs.describeBatchSizes).toEqual([10, 1]);
  });

  it("splits 101 task ids into 100 + 1", () => {
    const ids = Array.from({ length: 101 }, (_, i) => i);
    expect(inBatches(ids, DESCRIBE_LIMIT.ecsTasks).map((b) => b.length)).toEqual([100, 1]);
  });

  it("makes no call for no ids", async () => {
    let calls = 0;
    await describeInBatches([], 10, async () => {
      calls += 1;
      return [];
    });
    expect(calls).toBe(0);
  });
});

describe("mapLimited", () => {
  it("keeps the order and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimited([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
