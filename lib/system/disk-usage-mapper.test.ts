import { describe, expect, it } from "vitest";
import type { EngineDiskUsage } from "@/lib/docker/engine-documents";
import { toDiskUsage } from "./disk-usage-mapper";

const hex = (c: string) => `sha256:${c.repeat(64)}`;

// Two images sharing a 1000-byte base: one used by a stopped container.
const USAGE: EngineDiskUsage = {
  LayersSize: 1_500,
  Images: [
    { Id: hex("a"), Created: 1, Size: 1_200, SharedSize: 1_000, Containers: 1 },
    { Id: hex("b"), Created: 2, Size: 1_300, SharedSize: 1_000, Containers: 0 },
  ],
  Containers: [
    { Id: "c1", ImageID: hex("a"), State: "exited", SizeRw: 40 },
    { Id: "c2", ImageID: hex("z"), State: "running", SizeRw: 60 },
  ],
  Volumes: [
    { Name: "used", UsageData: { Size: 500, RefCount: 1 } },
    { Name: "spare", UsageData: { Size: 200, RefCount: 0 } },
    { Name: "remote", UsageData: { Size: -1, RefCount: -1 } },
  ],
  BuildCache: null,
};

describe("toDiskUsage", () => {
  it("counts layers once; an image in use keeps its own layers and the base it shares", () => {
    expect(toDiskUsage(USAGE).images).toEqual({
      count: 2,
      active: 1,
      size: 1_500,
      reclaimable: 300,
    });
  });

  it("reclaims the writable layers of stopped containers only", () => {
    expect(toDiskUsage(USAGE).containers).toEqual({
      count: 2,
      active: 1,
      size: 100,
      reclaimable: 40,
    });
  });

  it("reclaims unused volumes and ignores sizes the engine does not know", () => {
    expect(toDiskUsage(USAGE).volumes).toEqual({
      count: 3,
      active: 1,
      size: 700,
      reclaimable: 200,
    });
  });

  it("says when the engine keeps no build cache records", () => {
    expect(toDiskUsage(USAGE).buildCache).toMatchObject({ available: false, count: 0, size: 0 });
    const withCache = toDiskUsage({
      BuildCache: [
        { ID: "r1", InUse: false, Shared: false, Size: 10 },
        { ID: "r2", InUse: true, Shared: false, Size: 20 },
        { ID: "r3", InUse: false, Shared: true, Size: 40 },
      ],
    });
    expect(withCache.buildCache).toEqual({
      available: true,
      count: 3,
      active: 1,
      size: 30,
      reclaimable: 10,
    });
  });

  it("adds the kinds up", () => {
    expect(toDiskUsage(USAGE).total).toEqual({ size: 2_300, reclaimable: 540 });
  });
});
