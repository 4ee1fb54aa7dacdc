import { describe, expect, it } from "vitest";
import { normalizeServer, registryOfReference, serverProblem } from "@/lib/registries/server-name";

describe("registry server names", () => {
  it("folds Docker Hub's aliases into docker.io", () => {
    expect(normalizeServer("https://index.docker.io/v1/")).toBe("docker.io");
    expect(normalizeServer("Registry-1.Docker.io")).toBe("docker.io");
    expect(normalizeServer("http://127.0.0.1:5055/")).toBe("127.0.0.1:5055");
  });

  it("finds a reference's registry, Docker Hub by default (D7: the port is no tag)", () => {
    expect(registryOfReference("alpine")).toBe("docker.io");
    expect(registryOfReference("team/app:v1")).toBe("docker.io");
    expect(registryOfReference("localhost:5000/app:v1")).toBe("localhost:5000");
    expect(registryOfReference("docker.io/library/alpine")).toBe("docker.io");
  });

  it("refuses what is not host[:port]", () => {
    expect(serverProblem("127.0.0.1:5055")).toBeNull();
    expect(serverProblem("a b")).toMatch(/not a registry/);
    expect(serverProblem("")).toMatch(/empty/);
  });
});
