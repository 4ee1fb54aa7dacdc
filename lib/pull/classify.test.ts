import { describe, expect, it } from "vitest";
import { classifyPullError } from "@/lib/pull/classify";

// The texts below are what Docker 20.10 answered to pulls against docker-registry on
// 127.0.0.1:5055 (basic auth) and a closed port, as dockerMessage() hands them over.

describe("classifyPullError", () => {
  it("a closed port: cannot reach registry", () => {
    const text =
      'Get "http://127.0.0.1:5999/v2/": dial tcp 127.0.0.1:5999: connect: connection refused';
    const failure = classifyPullError(text, "127.0.0.1:5999/x:v1", "127.0.0.1:5999");
    expect(failure.code).toBe("upstream_error");
    expect(failure.message).toMatch(/^Cannot reach registry 127\.0\.0\.1:5999: connection refused/);
  });

  it("wrong credentials: unauthorized", () => {
    const failure = classifyPullError(
      "unauthorized: authentication required",
      "127.0.0.1:5055/app:v1",
      "127.0.0.1:5055",
    );
    expect(failure.code).toBe("unauthorized");
    expect(failure.message).toMatch(/refused the saved credentials/);
  });

  it("no credentials saved: unauthorized, saying none are saved", () => {
    const text = 'Head "http://127.0.0.1:5055/v2/app/manifests/v1": no basic auth credentials';
    const failure = classifyPullError(text, "127.0.0.1:5055/app:v1", "127.0.0.1:5055");
    expect(failure.code).toBe("unauthorized");
    expect(failure.message).toMatch(/none are saved/);
  });

  it("a missing tag or repository: not found in registry", () => {
    const text =
      "manifest for 127.0.0.1:5055/app:nope not found: manifest unknown: manifest unknown";
    const failure = classifyPullError(text, "127.0.0.1:5055/app:nope", "127.0.0.1:5055");
    expect(failure).toMatchObject({ code: "not_found" });
    expect(failure.message).toMatch(/^127\.0\.0\.1:5055\/app:nope not found in registry/);
  });

  it("Docker Hub's ambiguous denial reads as not found or needing credentials", () => {
    const text =
      "pull access denied for nothing-here, repository does not exist or may require " +
      "'docker login': denied: requested access to the resource is denied";
    const failure = classifyPullError(text, "nothing-here:latest", "docker.io");
    expect(failure.code).toBe("not_found");
    expect(failure.message).toMatch(/needs credentials/);
  });

  it("anything else keeps the engine's words", () => {
    const failure = classifyPullError("disk full", "a:v1", "docker.io");
    expect(failure).toEqual({ code: "upstream_error", message: "Pull of a:v1 failed: disk full" });
  });
});
