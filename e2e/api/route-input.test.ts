import { describe, expect, it } from "vitest";
import { BASE_IMAGE } from "../support/env";
import { api, apiJson } from "../support/http";

// Inputs that must never reach the engine client: control characters and names
// outside Docker's grammar in path segments and queries; and /api paths no route
// serves, which answer the API's JSON error shape.

interface ErrorBody {
  error: { code: string; message: string };
}

describe("path parameters the engine client would choke on", () => {
  it.each([
    ["/api/docker/images/%00", "ref"],
    ["/api/docker/images/a%0Ab", "ref"],
    ["/api/docker/images/%00/tag", "ref"],
    ["/api/docker/containers/%00", "id"],
    ["/api/docker/containers/a%00b/start", "id"],
    ["/api/docker/containers/a%00b/logs", "id"],
    ["/api/docker/containers/a%00b/logs/download", "id"],
  ])("answers 400 invalid_input naming the parameter for %s", async (path, param) => {
    const method = path.endsWith("/start") || path.endsWith("/tag") ? "POST" : "GET";
    const { status, body } = await apiJson<ErrorBody>(
      method,
      path,
      method === "POST" ? {} : undefined,
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toMatch(new RegExp(`^Invalid path parameter: ${param}: `));
  });

  it.each([
    ["a%20b", '"a b" holds a space'],
    ["a%3Fb", 'Repository path component "a?b" is invalid'],
    ["..%2F..%2Fcontainers%2Fjson", 'Registry host ".." is invalid'],
    ["team%2FApp", 'Repository path component "App" must be lowercase'],
  ])("refuses the image name %s before the engine sees it: %s", async (ref, words) => {
    const { status, body } = await apiJson<ErrorBody>("GET", `/api/docker/images/${ref}`);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^Invalid path parameter: ref: /);
    expect(body.error.message).toContain(words);
  });

  it("still finds an image by name, by full id and by short id", async () => {
    const byName = await apiJson<{ id: string }>(
      "GET",
      `/api/docker/images/${encodeURIComponent(BASE_IMAGE)}`,
    );
    expect(byName.status).toBe(200);
    const id = byName.body.id;
    for (const ref of [id, id.replace(/^sha256:/, ""), id.replace(/^sha256:/, "").slice(0, 12)]) {
      const { status } = await apiJson("GET", `/api/docker/images/${encodeURIComponent(ref)}`);
      expect(status, ref).toBe(200);
    }
  });

  it("refuses an image with a control character in a run and in run defaults", async () => {
    const defaults = await apiJson<ErrorBody>(
      "GET",
      "/api/docker/containers/run-defaults?image=%00",
    );
    expect(defaults.status).toBe(400);
    expect(defaults.body.error.message).toMatch(/^Invalid query: image: .*control character/);
    const run = await apiJson<ErrorBody>("POST", "/api/docker/containers", { image: "a\u0000b" });
    expect(run.status).toBe(400);
    expect(run.body.error.message).toMatch(/^Invalid body: image: .*control character/);
  });
});

describe("unknown API routes", () => {
  it.each(["GET", "POST", "PUT", "PATCH", "DELETE"])(
    "answers %s of an unknown /api path with the JSON 404",
    async (method) => {
      const response = await api("/api/no/such/route", { method });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({
        error: { code: "not_found", message: `No API route ${method} /api/no/such/route` },
      });
    },
  );

  it("answers a path under a real resource that no route serves", async () => {
    const { status, body } = await apiJson<ErrorBody>("GET", "/api/docker/images/a/b/c/d");
    expect(status).toBe(404);
    expect(body.error.message).toBe("No API route GET /api/docker/images/a/b/c/d");
  });
});
