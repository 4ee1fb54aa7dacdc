import type Docker from "dockerode";
import { describe, expect, it } from "vitest";
import { toImageSummaries } from "./list-mapper";

const BUSYBOX = `sha256:${"c4".repeat(32)}`;
const ORPHAN = `sha256:${"3e".repeat(32)}`;

function engineImage(overrides: Partial<Docker.ImageInfo>): Docker.ImageInfo {
  return {
    Id: BUSYBOX,
    ParentId: "",
    RepoTags: ["slipway-test/busybox:latest"],
    RepoDigests: undefined,
    Created: 1_700_000_000,
    Size: 1_984_172,
    VirtualSize: 1_984_172,
    SharedSize: -1,
    Labels: {},
    Containers: -1,
    ...overrides,
  };
}

function engineContainer(id: string, name: string, imageId: string, state: string) {
  return { Id: id, Names: [`/${name}`], ImageID: imageId, State: state } as Docker.ContainerInfo;
}

describe("toImageSummaries", () => {
  it("marks an image with <none>:<none> and <none>@<none> as dangling, with no tags", () => {
    const [summary] = toImageSummaries(
      [engineImage({ Id: ORPHAN, RepoTags: ["<none>:<none>"], RepoDigests: ["<none>@<none>"] })],
      [],
    );
    expect(summary).toMatchObject({
      tags: [],
      digests: [],
      dangling: true,
      shortId: "3e3e3e3e3e3e",
    });
  });

  it("does not mark an image known only by digest as dangling", () => {
    const digest = `busybox@sha256:${"ab".repeat(32)}`;
    const [summary] = toImageSummaries(
      [engineImage({ RepoTags: ["<none>:<none>"], RepoDigests: [digest] })],
      [],
    );
    expect(summary).toMatchObject({ tags: [], digests: [digest], dangling: false });
  });

  it("lists every tag of a multi-tagged image", () => {
    const tags = ["slipway-test/busybox:latest", "localhost:5000/team/app:v1"];
    const [summary] = toImageSummaries([engineImage({ RepoTags: tags })], []);
    expect(summary?.tags).toEqual(tags);
    expect(summary?.dangling).toBe(false);
  });

  it("names the containers made from each image, running or not, by image id", () => {
    const summaries = toImageSummaries(
      [engineImage({}), engineImage({ Id: ORPHAN, RepoTags: ["other:1"], Created: 1 })],
      [
        engineContainer("aaa111", "web", BUSYBOX, "running"),
        engineContainer("bbb222", "job", BUSYBOX, "exited"),
        engineContainer("ccc333", "else", `sha256:${"99".repeat(32)}`, "running"),
      ],
    );
    expect(summaries[0]?.containers).toEqual([
      { id: "aaa111", name: "web", state: "running" },
      { id: "bbb222", name: "job", state: "exited" },
    ]);
    expect(summaries[1]?.containers).toEqual([]);
  });

  it("gives size in bytes and creation time as ISO, newest first", () => {
    const summaries = toImageSummaries(
      [engineImage({ Id: ORPHAN, Created: 1_600_000_000 }), engineImage({})],
      [],
    );
    expect(summaries.map((s) => s.created)).toEqual([
      "2023-11-14T22:13:20.000Z",
      "2020-09-13T12:26:40.000Z",
    ]);
    expect(summaries[0]?.size).toBe(1_984_172);
  });
});
