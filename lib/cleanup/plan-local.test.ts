import { expect, it } from "vitest";
import type { LocalContainerFact } from "@/lib/cleanup/facts";
import { planLocal } from "@/lib/cleanup/plan-local";
import { NO_NAMES } from "@/lib/cleanup/schemas";
import { emptyFacts, REGISTRY } from "@/lib/cleanup/testing/world";

// An app's local resources: by label, and by its ECR repositories' URIs.

const uri = `${REGISTRY}/shop`;
const container = (id: string, image: string, more: Partial<LocalContainerFact> = {}) => ({
  id: id.repeat(12),
  name: id,
  image,
  imageId: "sha256:img",
  state: "running",
  labels: {},
  volumes: [],
  ...more,
});

function plan(containers: LocalContainerFact[], tags: string[], labels = {}) {
  const facts = emptyFacts();
  facts.local = {
    containers,
    images: [{ id: "sha256:img", tags, size: 4096, labels }],
    volumes: [{ name: "shop-data", labels: { "slipway.app": "shop" }, size: 100 }],
  };
  const input = {
    target: { kind: "app", app: "shop" } as const,
    names: NO_NAMES,
    keepRevisions: 0,
    app: "shop",
    facts,
  };
  return planLocal(input, [uri]);
}

it("removes the app's containers, its image copies, and its labelled volumes", () => {
  const items = plan(
    [
      container("a", `${uri}:v1`),
      container("b", "other:1", { labels: { "slipway.app": "shop" }, volumes: ["shop-data"] }),
    ],
    [`${uri}:v1`],
  );
  expect(items.map((i) => [i.kind, i.name, i.action])).toEqual([
    ["local-container", "a", "remove"],
    ["local-container", "b", "remove"],
    ["local-image", `${uri}:v1`, "remove"],
    ["local-volume", "shop-data", "remove"],
  ]);
  expect(items[2]?.frees).toEqual({ bytes: 4096 });
  expect(items[2]?.dependsOn).toEqual([
    "local-container:aaaaaaaaaaaa",
    "local-container:bbbbbbbbbbbb",
  ]);
});

it("only untags an image that has other names, and frees nothing", () => {
  const items = plan([], [`${uri}:v1`, "shop-dev:latest"]);
  const image = items.find((i) => i.kind === "local-image");
  expect(image).toMatchObject({ action: "remove", name: `${uri}:v1` });
  expect(image?.reason).toBe(`untagged ${uri}:v1; the image stays as shop-dev:latest`);
  expect(image?.frees).toBeUndefined();
});

it("keeps an image and a volume that a container outside the app uses", () => {
  const items = plan([container("x", "other:1", { volumes: ["shop-data"] })], [`${uri}:v1`]);
  expect(items.map((i) => [i.kind, i.action, i.reason])).toEqual([
    ["local-image", "keep", "used by container x, which stays"],
    ["local-volume", "keep", "mounted by container x, which stays"],
  ]);
});

it("never matches a repository URI by prefix", () => {
  const items = plan([container("a", `${uri}-old:v1`)], [`${uri}-old:v1`]);
  expect(items.map((i) => i.kind)).toEqual(["local-volume"]);
});
