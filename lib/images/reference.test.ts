import { describe, expect, it } from "vitest";
import {
  checkImageReference,
  checkNewTag,
  decodeReferenceSegment,
  formatImageReference,
  parseImageReference,
} from "./reference";

const DIGEST = `sha256:${"ab12".repeat(16)}`;

describe("parseImageReference (case D7)", () => {
  it("keeps a registry port in the repository: localhost:5000/shop-api:latest", () => {
    expect(parseImageReference("localhost:5000/shop-api:latest")).toEqual({
      registry: "localhost:5000",
      repository: "localhost:5000/shop-api",
      path: "shop-api",
      tag: "latest",
      explicitTag: true,
    });
  });

  it("gives latest when the last colon is the port: registry.example.test:5555/team/app", () => {
    expect(parseImageReference("registry.example.test:5555/team/app")).toEqual({
      registry: "registry.example.test:5555",
      repository: "registry.example.test:5555/team/app",
      path: "team/app",
      tag: "latest",
      explicitTag: false,
    });
  });

  it("gives latest for localhost:5000/app", () => {
    const ref = parseImageReference("localhost:5000/app");
    expect(ref.repository).toBe("localhost:5000/app");
    expect(ref.tag).toBe("latest");
    expect(ref.registry).toBe("localhost:5000");
  });

  it("keeps a digest apart: busybox@sha256:<64 hex>", () => {
    expect(parseImageReference(`busybox@${DIGEST}`)).toEqual({
      repository: "busybox",
      path: "busybox",
      tag: "latest",
      explicitTag: false,
      digest: DIGEST,
    });
  });

  it("reads a tag and a digest together", () => {
    const ref = parseImageReference(`localhost:5000/team/app:v1@${DIGEST}`);
    expect(ref).toMatchObject({ repository: "localhost:5000/team/app", tag: "v1", digest: DIGEST });
  });

  it("reads a plain name:tag with no registry", () => {
    expect(parseImageReference("slipway-test/busybox:latest")).toEqual({
      repository: "slipway-test/busybox",
      path: "slipway-test/busybox",
      tag: "latest",
      explicitTag: true,
    });
  });

  it("treats localhost as a registry even without a port", () => {
    expect(parseImageReference("localhost/app:v2").registry).toBe("localhost");
  });

  it("does not take a single component with a colon for a registry", () => {
    expect(parseImageReference("localhost:5000")).toMatchObject({
      repository: "localhost",
      tag: "5000",
    });
  });
});

describe("formatImageReference", () => {
  it.each([
    ["localhost:5000/shop-api:latest", "localhost:5000/shop-api:latest"],
    ["registry.example.test:5555/team/app", "registry.example.test:5555/team/app:latest"],
    [`busybox@${DIGEST}`, `busybox@${DIGEST}`],
    [`app:v1@${DIGEST}`, `app:v1@${DIGEST}`],
  ])("writes %s back as %s", (text, written) => {
    expect(formatImageReference(parseImageReference(text))).toBe(written);
  });
});

describe("checkNewTag", () => {
  it.each([
    "app",
    "app:v1",
    "team/app:1.0.0-rc_1",
    "localhost:5000/team/app:v1",
    "registry.example.test:5555/team/app",
    "a__b/c-d/e.f:x",
    "a---b",
    "Registry.Example.Test/app",
  ])("accepts %s", (text) => {
    expect(checkNewTag(text)).toMatchObject({ ok: true });
  });

  it.each([
    ["", "empty"],
    ["app:", 'The tag after ":" is empty'],
    ["app:v1!", 'Tag "v1!" is invalid'],
    ["app:.hidden", 'Tag ".hidden" is invalid'],
    [`app:${"x".repeat(129)}`, "longer than 128 characters"],
    ["Team/App:v1", 'path component "App" must be lowercase'],
    ["team/My-App", 'path component "My-App" must be lowercase'],
    ["team//app", "empty path component"],
    ["team/app_", 'path component "app_" is invalid'],
    ["team/-app", 'path component "-app" is invalid'],
    ["team/a___b", 'path component "a___b" is invalid'],
    ["localhost:50a0/app", 'Registry port "50a0"'],
    ["bad_host.test:5000/app", 'Registry host "bad_host.test" is invalid at "bad_host"'],
    ["-bad.test/app", 'invalid at "-bad"'],
    [`app@${DIGEST}`, "cannot hold a digest"],
    ["my app", "holds a space"],
    ["a".repeat(256), "longer than 255"],
    ["ab12".repeat(16), "looks like an image id"],
  ])("refuses %j naming the problem: %s", (text, words) => {
    const check = checkNewTag(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).toContain(words);
  });
});

describe("checkImageReference", () => {
  it("accepts a digest where one is allowed", () => {
    expect(checkImageReference(`busybox@${DIGEST}`)).toMatchObject({ ok: true });
  });

  it("names a malformed digest", () => {
    const check = checkImageReference("busybox@sha256:abc");
    expect(check).toEqual({ ok: false, problem: expect.stringContaining('Digest "sha256:abc"') });
  });
});

describe("decodeReferenceSegment", () => {
  it("decodes an encoded segment", () => {
    expect(decodeReferenceSegment("localhost%3A5000%2Fteam%2Fapp%3Av1")).toBe(
      "localhost:5000/team/app:v1",
    );
  });

  it("leaves a segment Next already decoded as it is", () => {
    expect(decodeReferenceSegment("localhost:5000/team/app:v1")).toBe("localhost:5000/team/app:v1");
  });
});
