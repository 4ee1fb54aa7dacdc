import { describe, expect, it } from "vitest";
import type {
  EngineContainer,
  EngineDiskUsage,
  EngineImage,
  EngineNetwork,
  EngineVolume,
} from "@/lib/docker/engine-documents";
import { planPrune } from "./plan";
import type { PruneKind, PruneOptions } from "./types";

// Prune plans from given engine lists: what a preview shows is decided here.

const hex = (c: string) => `sha256:${c.repeat(64)}`;
const MINE = { "slipway-test": "1", run: "r1" };

function image(id: string, overrides: Partial<EngineImage> = {}): EngineImage {
  return {
    Id: id,
    RepoTags: ["<none>:<none>"],
    RepoDigests: ["<none>@<none>"],
    Created: 1_700_000_000,
    Size: 5_000,
    SharedSize: 4_000,
    Labels: MINE,
    Containers: 0,
    ...overrides,
  };
}

function container(
  id: string,
  imageId: string,
  state: string,
  extra: Partial<EngineContainer> = {},
) {
  return { Id: id, Names: [`/${id}-name`], ImageID: imageId, State: state, Labels: MINE, ...extra };
}

function volume(name: string, overrides: Partial<EngineVolume> = {}): EngineVolume {
  return { Name: name, Labels: MINE, UsageData: { Size: 300, RefCount: 0 }, ...overrides };
}

const options = (kinds: PruneKind[], more: Partial<PruneOptions> = {}): PruneOptions => ({
  kinds,
  dangling: true,
  labels: [],
  ...more,
});

function plan(usage: EngineDiskUsage, opts: PruneOptions, networks: EngineNetwork[] = []) {
  return planPrune({ usage, networks }, opts);
}

describe("images", () => {
  it("never plans an image a container uses, stopped or running", () => {
    const usage = {
      Images: [image(hex("a")), image(hex("b")), image(hex("c"))],
      Containers: [container("run1", hex("a"), "running"), container("old1", hex("b"), "exited")],
    };
    const { items } = plan(usage, options(["images"]));
    expect(items.map((i) => i.id)).toEqual([hex("c")]);
  });

  it("keeps an image the engine counts as used even when no listed container uses it", () => {
    const { items } = plan({ Images: [image(hex("a"), { Containers: 1 })] }, options(["images"]));
    expect(items).toEqual([]);
  });

  it("with dangling, plans only images with no tag and no digest", () => {
    const usage = {
      Images: [
        image(hex("a")),
        image(hex("b"), { RepoTags: ["app:v1"] }),
        image(hex("c"), { RepoTags: [], RepoDigests: [`app@${hex("9")}`] }),
      ],
    };
    expect(plan(usage, options(["images"])).items.map((i) => i.id)).toEqual([hex("a")]);
    const all = plan(usage, options(["images"], { dangling: false })).items;
    expect(all.map((i) => i.name)).toEqual(["<none> (aaaaaaaaaaaa)", "app:v1", `app@${hex("9")}`]);
  });

  it("plans only images that carry every label filter", () => {
    const usage = {
      Images: [
        image(hex("a")),
        image(hex("b"), { Labels: { "slipway-test": "1", run: "r2" } }),
        image(hex("c"), { Labels: null }),
      ],
    };
    const mine = plan(usage, options(["images"], { labels: ["run=r1", "slipway-test"] }));
    expect(mine.items.map((i) => i.id)).toEqual([hex("a")]);
    const anyRun = plan(usage, options(["images"], { labels: ["run"] }));
    expect(anyRun.items.map((i) => i.id).sort()).toEqual([hex("a"), hex("b")]);
  });

  it("counts the bytes an image holds alone as what it frees", () => {
    const usage = {
      Images: [image(hex("a")), image(hex("b"), { SharedSize: -1, Size: 700 })],
    };
    const { items } = plan(usage, options(["images"]));
    expect(items.map((i) => i.size)).toEqual([1_000, 700]);
  });

  it("plans an image whose only user this prune removes first, with a note", () => {
    const usage = {
      Images: [image(hex("a"), { Containers: 1 })],
      Containers: [container("old1", hex("a"), "exited")],
    };
    const { items } = plan(usage, options(["containers", "images"]));
    expect(items.map((i) => [i.kind, i.id])).toEqual([
      ["containers", "old1"],
      ["images", hex("a")],
    ]);
    expect(items[1]?.note).toContain("old1-name");
    expect(plan(usage, options(["images"])).items).toEqual([]);
  });
});

describe("containers", () => {
  it("plans stopped containers only, with their writable layer as size", () => {
    const usage = {
      Containers: ["running", "paused", "restarting", "exited", "created", "dead"].map((s) =>
        container(s, hex("a"), s, { SizeRw: 10 }),
      ),
    };
    const { items } = plan(usage, options(["containers"]));
    expect(items.map((i) => i.id)).toEqual(["created", "dead", "exited"]);
    expect(items.every((i) => i.size === 10)).toBe(true);
  });
});

describe("volumes", () => {
  const anonymous = "f".repeat(64);
  const used = { Type: "volume", Name: "data", Destination: "/data" };

  it("never plans a volume a stopped container mounts", () => {
    const usage = {
      Volumes: [volume("data", { UsageData: { Size: 5, RefCount: 1 } }), volume("spare")],
      Containers: [container("old1", hex("a"), "exited", { Mounts: [used] })],
    };
    const { items } = plan(usage, options(["volumes"], { dangling: false }));
    expect(items.map((i) => i.id)).toEqual(["spare"]);
    expect(items[0]?.size).toBe(300);
  });

  it("with dangling, plans only anonymous volumes", () => {
    const usage = { Volumes: [volume("named"), volume(anonymous)] };
    expect(plan(usage, options(["volumes"])).items.map((i) => i.id)).toEqual([anonymous]);
  });
});

describe("networks", () => {
  const net = (name: string, extra: Partial<EngineNetwork> = {}): EngineNetwork => ({
    Id: `${name}-id`,
    Name: name,
    Scope: "local",
    Labels: MINE,
    ...extra,
  });

  it("never plans predefined networks or one a stopped container names", () => {
    const usage = {
      Containers: [
        container("old1", hex("a"), "exited", {
          NetworkSettings: { Networks: { busy: { NetworkID: "" } } },
        }),
      ],
    };
    const networks = [net("bridge"), net("host"), net("none"), net("busy"), net("idle")];
    const { items } = plan(usage, options(["networks"]), networks);
    expect(items.map((i) => i.name)).toEqual(["idle"]);
  });
});

describe("build cache", () => {
  const usage = {
    BuildCache: [
      { ID: "free1", InUse: false, Shared: false, Size: 50, Description: "mount /x" },
      { ID: "busy1", InUse: true, Shared: false, Size: 50 },
      { ID: "shared1", InUse: false, Shared: true, Size: 50 },
    ],
  };

  it("plans records neither in use nor shared", () => {
    expect(plan(usage, options(["buildCache"])).items.map((i) => i.id)).toEqual(["free1"]);
  });

  it("plans none under a label filter, and says why", () => {
    const result = plan(usage, options(["buildCache"], { labels: ["run=r1"] }));
    expect(result.items).toEqual([]);
    expect(result.notes[0]).toContain("carry no labels");
  });
});

it("plans only the kinds asked for", () => {
  const usage = {
    Images: [image(hex("a"))],
    Volumes: [volume("f".repeat(64))],
    Containers: [container("old1", hex("b"), "exited")],
  };
  expect(plan(usage, options(["volumes"])).items.map((i) => i.kind)).toEqual(["volumes"]);
});
