import { describe, expect, it } from "vitest";
import {
  describeUsers,
  isIdReference,
  namesLeftAfterUntag,
  removesOnlyTag,
  runningBlockers,
} from "./removal-rules";

const ID = `sha256:c4443d582ac4${"0".repeat(52)}`;
const DIGEST = `sha256:${"ab".repeat(32)}`;

describe("isIdReference", () => {
  it.each(["c4443d582ac4", "c4443d", ID, ID.slice(7)])("takes %s for the id", (ref) => {
    expect(isIdReference(ref, ID)).toBe(true);
  });

  it.each(["busybox", "c4443e", "localhost:5000/app:v1"])("takes %s for a name", (ref) => {
    expect(isIdReference(ref, ID)).toBe(false);
  });
});

describe("namesLeftAfterUntag", () => {
  it("keeps the other tags when one of several goes", () => {
    expect(namesLeftAfterUntag("app:v1", ["app:v1", "localhost:5000/app:latest"], [])).toEqual([
      "localhost:5000/app:latest",
    ]);
  });

  it("reads a name without a tag as :latest", () => {
    expect(namesLeftAfterUntag("localhost:5000/app", ["localhost:5000/app:latest"], [])).toEqual(
      [],
    );
  });

  it("matches docker.io/library/ names to their short form", () => {
    expect(namesLeftAfterUntag("docker.io/library/busybox:latest", ["busybox:latest"], [])).toEqual(
      [],
    );
  });

  it("drops the repository's digests with its last tag, as the engine does", () => {
    const digests = [`busybox@${DIGEST}`];
    expect(namesLeftAfterUntag("busybox:latest", ["busybox:latest"], digests)).toEqual([]);
    expect(namesLeftAfterUntag("busybox:latest", ["busybox:latest", "busybox:1"], digests)).toEqual(
      ["busybox:1", `busybox@${DIGEST}`],
    );
  });
});

describe("removesOnlyTag", () => {
  it("is true for a tag of a multi-tagged image", () => {
    expect(removesOnlyTag("a:1", ID, ["a:1", "b:1"], [])).toBe(true);
  });

  it("is false for the last tag", () => {
    expect(removesOnlyTag("a:1", ID, ["a:1"], [])).toBe(false);
  });

  it("is false for the id, however many tags", () => {
    expect(removesOnlyTag("c4443d582ac4", ID, ["a:1", "b:1"], [])).toBe(false);
  });
});

describe("describeUsers", () => {
  it("names one container with its short id", () => {
    const web = { id: "0123456789abcdef", name: "web", state: "running" };
    expect(describeUsers([web], "running")).toBe("running container web (0123456789ab)");
  });

  it("counts several", () => {
    const a = { id: "aaaaaaaaaaaaaaaa", name: "a", state: "exited" };
    const b = { id: "bbbbbbbbbbbbbbbb", name: "b", state: "created" };
    expect(describeUsers([a, b], "stopped")).toBe(
      "2 stopped containers: a (aaaaaaaaaaaa), b (bbbbbbbbbbbb)",
    );
  });
});

describe("runningBlockers", () => {
  const web = { id: "1".repeat(64), name: "web", state: "running" };
  const old = { id: "2".repeat(64), name: "old", state: "exited" };

  it("names the running container when the last name would take the image", () => {
    const image = { id: ID, tags: ["app:v1"], digests: [] };
    expect(runningBlockers("app:v1", image, [web, old])).toEqual([web]);
  });

  it("names it when the image is removed by id", () => {
    const image = { id: ID, tags: ["app:v1", "app:v2"], digests: [] };
    expect(runningBlockers("c4443d582ac4", image, [web])).toEqual([web]);
  });

  it("lets a tag go that leaves the image other names", () => {
    const image = { id: ID, tags: ["app:v1", "app:v2"], digests: [] };
    expect(runningBlockers("app:v1", image, [web])).toEqual([]);
  });

  it("does not count stopped containers: force deals with those", () => {
    const image = { id: ID, tags: ["app:v1"], digests: [] };
    expect(runningBlockers("app:v1", image, [old])).toEqual([]);
  });
});
