import { describe, expect, it } from "vitest";
import { buildPlanItems } from "@/lib/cleanup/build-plan";
import type { CleanupFacts } from "@/lib/cleanup/facts";
import { NO_NAMES } from "@/lib/cleanup/schemas";
import {
  appTags,
  cluster,
  digest,
  emptyFacts,
  logGroup,
  REGISTRY,
  repository,
  revision,
  revisionArn,
  service,
  task,
} from "@/lib/cleanup/testing/world";
import type { CleanupItem, CleanupTarget, ConfirmedNames } from "@/lib/cleanup/types";

// Plans from given facts: what is removed, what is kept and why, and in which order.

const SHOP = "shop";
const image = (name: string, d: string) => `${REGISTRY}/${name}@${d}`;

/** The tutorial's leftovers: one cluster, one service with a task, three revisions. */
function tutorial(): CleanupFacts {
  const facts = emptyFacts();
  facts.clusters = [cluster("shop-cluster", SHOP)];
  facts.services = [
    service("shop-cluster", "web", revisionArn("web", 3), {
      tags: appTags(SHOP),
      securityGroups: ["sg-0a"],
    }),
  ];
  facts.tasks = [task("shop-cluster", "t1", "service:web")];
  facts.revisions = [1, 2, 3].map((n) => revision("web", n, [image("shop", digest(String(n)))]));
  facts.taggedFamilies = ["web"];
  facts.repositories = [
    repository(
      "shop",
      [1, 2, 3].map((n) => ({ digest: digest(String(n)), tags: [`v${n}`], sizeBytes: 100 * n })),
      SHOP,
    ),
  ];
  facts.logGroups = [logGroup("/ecs/web", SHOP)];
  facts.securityGroups = [{ id: "sg-0a", name: "web-sg", vpcId: "vpc-1", tags: appTags(SHOP) }];
  return facts;
}

function plan(
  facts: CleanupFacts,
  options: { target?: CleanupTarget; keep?: number; names?: Partial<ConfirmedNames> } = {},
) {
  const target = options.target ?? { kind: "app", app: SHOP };
  const input = {
    target,
    names: { ...NO_NAMES, ...options.names },
    keepRevisions: options.keep ?? 0,
    app: target.kind === "app" ? target.app : SHOP,
    facts,
  };
  return buildPlanItems(input, { aws: true, local: false });
}

const byId = (items: CleanupItem[], id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id} in ${items.map((i) => i.id).join(", ")}`);
  return found;
};
const removed = (items: CleanupItem[]) =>
  items.filter((i) => i.action === "remove").map((i) => i.id);

describe("the tutorial's leftovers, nothing kept", () => {
  const items = plan(tutorial());

  it("removes everything, in the order AWS lets it go", () => {
    expect(items.map((i) => [i.order, i.id])).toEqual([
      [1, "service:shop-cluster/web"],
      [2, "task:shop-cluster/t1"],
      [3, "revision:web:1"],
      [4, "revision:web:2"],
      [5, "revision:web:3"],
      [6, `ecr-image:shop@${digest("1")}`],
      [7, `ecr-image:shop@${digest("2")}`],
      [8, `ecr-image:shop@${digest("3")}`],
      [9, "repository:shop"],
      [10, "log-group:/ecs/web"],
      [11, "security-group:sg-0a"],
      [12, "cluster:shop-cluster"],
    ]);
    expect(items.every((i) => i.action === "remove")).toBe(true);
  });

  it("names what each item waits for", () => {
    expect(byId(items, "task:shop-cluster/t1").dependsOn).toEqual(["service:shop-cluster/web"]);
    expect(byId(items, "revision:web:3").dependsOn).toEqual(["service:shop-cluster/web"]);
    expect(byId(items, "revision:web:1").dependsOn).toEqual([]);
    expect(byId(items, `ecr-image:shop@${digest("3")}`).dependsOn).toEqual(["revision:web:3"]);
    expect(byId(items, "repository:shop").dependsOn).toHaveLength(3);
    expect(byId(items, "log-group:/ecs/web").dependsOn).toEqual([
      "revision:web:1",
      "revision:web:2",
      "revision:web:3",
      "service:shop-cluster/web",
    ]);
    expect(byId(items, "security-group:sg-0a").dependsOn).toEqual(["service:shop-cluster/web"]);
    expect(byId(items, "cluster:shop-cluster").dependsOn).toEqual(["service:shop-cluster/web"]);
  });

  it("says how the service goes and what images free", () => {
    expect(byId(items, "service:shop-cluster/web").reason).toContain(
      "scaled from 1 to 0, then deleted with force",
    );
    expect(byId(items, `ecr-image:shop@${digest("2")}`).frees).toEqual({ bytes: 200 });
    expect(byId(items, "log-group:/ecs/web").frees).toEqual({ bytes: 500 });
  });
});

describe("keeping the last N revisions", () => {
  it("keeps the newest N ACTIVE revisions, their images, and so the repository", () => {
    const items = plan(tutorial(), { keep: 2 });
    expect(byId(items, "revision:web:3").action).toBe("keep");
    expect(byId(items, "revision:web:2").reason).toContain("last 2 revisions of web");
    expect(byId(items, "revision:web:1").action).toBe("remove");
    expect(byId(items, `ecr-image:shop@${digest("2")}`).reason).toContain("revision web:2");
    expect(byId(items, `ecr-image:shop@${digest("1")}`).action).toBe("remove");
    expect(byId(items, "repository:shop")).toMatchObject({ action: "keep" });
    expect(byId(items, "log-group:/ecs/web").reason).toContain("used by revision web:3");
  });

  it("with 0 kept, removes every revision; INACTIVE ones count for nothing", () => {
    const facts = tutorial();
    facts.revisions.push(revision("web", 4, [], { status: "INACTIVE" }));
    const none = plan(facts, { keep: 0 });
    expect(none.filter((i) => i.kind === "revision").map((i) => i.action)).toEqual(
      Array(4).fill("remove"),
    );
    const one = plan(facts, { keep: 1 });
    expect(byId(one, "revision:web:4")).toMatchObject({ action: "remove" });
    expect(byId(one, "revision:web:4").reason).toContain("INACTIVE already");
    expect(byId(one, "revision:web:3").action).toBe("keep");
  });
});

describe("what other services still use", () => {
  it("keeps an image digest another service's task definition pins, and its repository", () => {
    const facts = tutorial();
    facts.clusters.push(cluster("other"));
    facts.services.push(service("other", "api", revisionArn("api", 7)));
    facts.revisions.push(revision("api", 7, [image("shop", digest("2"))]));
    const items = plan(facts);
    expect(byId(items, `ecr-image:shop@${digest("2")}`)).toMatchObject({
      action: "keep",
      reason: "used by service api in cluster other (api:7)",
    });
    expect(byId(items, "repository:shop").reason).toContain("holds shop:v2, which stays");
    expect(byId(items, `ecr-image:shop@${digest("1")}`).action).toBe("remove");
  });

  it("keeps the image a tag names for another service", () => {
    const facts = tutorial();
    facts.services.push(service("shop-cluster", "worker", revisionArn("worker", 1)));
    facts.revisions.push(revision("worker", 1, [`${REGISTRY}/shop:v3`]));
    const items = plan(facts);
    expect(byId(items, `ecr-image:shop@${digest("3")}`).action).toBe("keep");
    expect(byId(items, "cluster:shop-cluster")).toMatchObject({
      action: "keep",
      reason: "holds 1 service this cleanup does not remove (worker)",
    });
  });

  it("keeps a revision a staying service runs, and the log group it writes to", () => {
    const facts = tutorial();
    facts.services.push(service("shop-cluster", "canary", revisionArn("web", 1)));
    const items = plan(facts);
    expect(byId(items, "revision:web:1").reason).toBe(
      "used by service canary in cluster shop-cluster",
    );
    expect(byId(items, "log-group:/ecs/web").reason).toBe(
      "written by service canary in shop-cluster",
    );
  });
});

describe("what counts as the app's", () => {
  it("matches the app tag whole: shop-2 is not shop", () => {
    const facts = tutorial();
    facts.repositories.push(repository("shop-2", [{ digest: digest("9"), tags: ["x"] }], "shop-2"));
    facts.logGroups.push(logGroup("/ecs/shop-2", "shop-2"));
    const ids = plan(facts).map((i) => i.id);
    expect(ids.some((id) => id.includes("shop-2"))).toBe(false);
  });

  it("removes only security groups Slipway created", () => {
    const facts = tutorial();
    facts.securityGroups[0] = { id: "sg-0a", name: "web-sg", vpcId: "vpc-1", tags: {} };
    const items = plan(facts);
    expect(byId(items, "security-group:sg-0a")).toMatchObject({
      action: "keep",
      reason: "not created by Slipway",
    });
  });

  it("takes names the user confirms exactly, even untagged", () => {
    const facts = emptyFacts();
    facts.repositories = [repository("legacy", [{ digest: digest("a"), tags: ["old"] }])];
    facts.logGroups = [logGroup("/ecs/legacy"), logGroup("/ecs/legacy-2")];
    const items = plan(facts, {
      names: { repositories: ["legacy"], logGroups: ["/ecs/legacy"] },
    });
    expect(removed(items)).toEqual([
      `ecr-image:legacy@${digest("a")}`,
      "repository:legacy",
      "log-group:/ecs/legacy",
    ]);
    expect(byId(items, "repository:legacy").reason).toContain("named by you");
  });
});

describe("a service or cluster target", () => {
  it("a service target leaves the cluster, repository and other services", () => {
    const facts = tutorial();
    facts.services.push(service("shop-cluster", "worker", revisionArn("worker", 1)));
    const items = plan(facts, {
      target: { kind: "service", cluster: "shop-cluster", service: "web" },
    });
    expect(items.some((i) => i.kind === "cluster" || i.kind === "repository")).toBe(false);
    expect(items.some((i) => i.id.includes("worker"))).toBe(false);
    expect(removed(items)).toContain(`ecr-image:shop@${digest("3")}`);
  });

  it("a cluster target stops tasks no service owns, and the cluster waits for them", () => {
    const facts = tutorial();
    facts.tasks.push(task("shop-cluster", "loose", null));
    const items = plan(facts, { target: { kind: "cluster", cluster: "shop-cluster" } });
    expect(byId(items, "task:shop-cluster/loose").reason).toContain("outside the services");
    expect(byId(items, "cluster:shop-cluster").dependsOn).toEqual([
      "service:shop-cluster/web",
      "task:shop-cluster/loose",
    ]);
  });

  it("keeps a cluster with registered container instances", () => {
    const facts = tutorial();
    facts.clusters[0] = { ...cluster("shop-cluster", SHOP), containerInstances: 2 };
    const item = byId(plan(facts), "cluster:shop-cluster");
    expect(item).toMatchObject({ action: "keep" });
    expect(item.reason).toContain("2 container instances registered");
  });
});

describe("DAEMON services", () => {
  it("are never scaled, only deleted with force, beside a replica service", () => {
    const facts = tutorial();
    facts.services.push(
      service("shop-cluster", "agent", revisionArn("agent", 1), {
        scheduling: "DAEMON",
        desiredCount: 2,
        tags: appTags(SHOP),
      }),
    );
    const items = plan(facts);
    const daemon = byId(items, "service:shop-cluster/agent");
    expect(daemon.reason).toContain("a DAEMON service: never scaled, deleted with force");
    expect(daemon.locator.scheduling).toBe("DAEMON");
    expect(byId(items, "service:shop-cluster/web").reason).toContain("scaled from 1 to 0");
  });
});
