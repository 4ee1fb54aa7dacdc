import { describe, expect, it } from "vitest";
import { selectForRun, summarize } from "@/lib/cleanup/selection";
import type { CleanupItem, CleanupKind } from "@/lib/cleanup/types";

// Ticking and unticking: what a run removes, and what an unticked item holds back.

let order = 0;
function item(kind: CleanupKind, name: string, dependsOn: string[] = [], bytes?: number) {
  order += 1;
  const made: CleanupItem = {
    id: `${kind}:${name}`,
    kind,
    name,
    action: "remove",
    reason: "test",
    dependsOn,
    order,
    locator: {},
    ...(bytes === undefined ? {} : { frees: { bytes } }),
  };
  return made;
}

const items = [
  item("service", "web"),
  item("task", "t1", ["service:web"]),
  item("revision", "web:1", ["service:web"]),
  item("ecr-image", "shop:v1", ["revision:web:1"], 300),
  item("ecr-image", "shop:v2", [], 200),
  item("repository", "shop", ["ecr-image:shop:v1", "ecr-image:shop:v2"]),
  item("log-group", "/ecs/web", ["service:web", "revision:web:1"]),
  item("cluster", "c", ["service:web", "task:t1"]),
];
const all = new Set(items.map((i) => i.id));
const without = (...ids: string[]) => new Set([...all].filter((id) => !ids.includes(id)));

describe("selectForRun", () => {
  it("runs every ticked item in plan order", () => {
    const selection = selectForRun(items, all);
    expect(selection.run.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(selection.keptByChoice).toEqual([]);
  });

  it("unticking a service keeps its tasks, revision, images, repository, log group, cluster", () => {
    const selection = selectForRun(items, without("service:web"));
    expect(selection.run.map((i) => i.id)).toEqual(["ecr-image:shop:v2"]);
    const kept = Object.fromEntries(selection.keptByChoice.map((k) => [k.id, k.because]));
    expect(kept["cluster:c"]).toBe(
      "stays because service web stays, and it would have to go first (unticked)",
    );
    expect(kept["repository:shop"]).toContain("ECR image shop:v1 stays");
    expect(Object.keys(kept)).toHaveLength(6);
  });

  it("unticking one image keeps the repository only", () => {
    const selection = selectForRun(items, without("ecr-image:shop:v2"));
    expect(selection.keptByChoice.map((k) => k.id)).toEqual(["repository:shop"]);
    expect(selection.run).toHaveLength(6);
  });

  it("never runs a kept item, ticked or not", () => {
    const kept = [...items.slice(0, 4), { ...item("ecr-image", "x"), action: "keep" as const }];
    const selection = selectForRun(kept, new Set(kept.map((i) => i.id)));
    expect(selection.run.map((i) => i.id)).not.toContain("ecr-image:x");
  });
});

it("sums what the removed items free", () => {
  const summary = summarize([...items, { ...item("ecr-image", "kept", [], 999), action: "keep" }]);
  expect(summary).toMatchObject({ remove: 8, keep: 1, bytes: 500 });
  expect(summary.byKind["ecr-image"]).toEqual({ remove: 2, keep: 1 });
});
