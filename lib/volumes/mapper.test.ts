import { describe, expect, it } from "vitest";
import type { EngineContainer } from "@/lib/docker/engine-documents";
import { toVolumeDetails, toVolumeSummaries } from "./mapper";

const web: EngineContainer = {
  Id: "a".repeat(64),
  Names: ["/web"],
  State: "running",
  Mounts: [
    { Type: "volume", Name: "data", Destination: "/var/data", RW: true },
    { Type: "bind", Source: "/srv", Destination: "/srv", RW: false },
  ],
};
const job: EngineContainer = {
  Id: "b".repeat(64),
  Names: ["/job"],
  State: "exited",
  Mounts: [{ Type: "volume", Name: "data", Destination: "/in", RW: false }],
};

describe("toVolumeSummaries", () => {
  it("names every container mounting a volume, any state, with where and how", () => {
    const [data] = toVolumeSummaries([{ Name: "data", Driver: "local" }], [web, job], []);
    expect(data?.containers).toEqual([
      { id: web.Id, name: "web", state: "running", destination: "/var/data", readOnly: false },
      { id: job.Id, name: "job", state: "exited", destination: "/in", readOnly: true },
    ]);
  });

  it("takes sizes from disk usage and leaves the engine's -1 as unknown", () => {
    const volumes = [{ Name: "b-known" }, { Name: "a-unknown" }, { Name: "c-missing" }];
    const usage = [
      { Name: "b-known", UsageData: { Size: 4096, RefCount: 0 } },
      { Name: "a-unknown", UsageData: { Size: -1, RefCount: -1 } },
    ];
    const summaries = toVolumeSummaries(volumes, [], usage);
    expect(summaries.map((v) => [v.name, v.size])).toEqual([
      ["a-unknown", null],
      ["b-known", 4096],
      ["c-missing", null],
    ]);
  });

  it("fills what the engine leaves out", () => {
    const [volume] = toVolumeSummaries(
      [{ Name: "x1", CreatedAt: "2024-05-01T10:00:00+02:00", Labels: null }],
      [],
      [],
    );
    expect(volume).toEqual({
      name: "x1",
      driver: "local",
      mountpoint: "",
      created: "2024-05-01T08:00:00.000Z",
      scope: "local",
      labels: {},
      size: null,
      containers: [],
    });
  });
});

describe("toVolumeDetails", () => {
  it("adds options and driver status", () => {
    const details = toVolumeDetails(
      { Name: "t1", Options: { type: "tmpfs" }, Status: null },
      [],
      [],
    );
    expect(details).toMatchObject({ options: { type: "tmpfs" }, status: {} });
  });
});
