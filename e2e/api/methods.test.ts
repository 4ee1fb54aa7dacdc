import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { api } from "../support/http";

// Every API route answers a method it does not serve with 405, the JSON error shape and
// an Allow header, never Next's empty 405. The routes are found by walking app/api, so
// a route added later is checked too; what each serves is read from its own exports.

const API_DIR = path.resolve("app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** The URL path of a route file, with a plain value for each [param]. */
function urlPath(file: string): string {
  const segments = path.relative(API_DIR, path.dirname(file)).split(path.sep);
  return `/api/${segments.map((s) => (s.startsWith("[") ? "slipway-test-x" : s)).join("/")}`;
}

const routes = routeFiles(API_DIR)
  // The catch-all serves every method (404 for paths no route has).
  .filter((file) => !file.includes("[..."))
  .map((file) => {
    const source = fs.readFileSync(file, "utf8");
    const served = METHODS.filter((m) => new RegExp(`^export const ${m} = `, "m").test(source));
    const refused: string[] = METHODS.filter((m) => !served.includes(m));
    if (!served.includes("GET")) refused.push("HEAD");
    const allow = [...served, "OPTIONS", ...(served.includes("GET") ? ["HEAD"] : [])].sort();
    return { path: urlPath(file), served, refused, allow: allow.join(", ") };
  });

describe("a method a route does not serve", () => {
  it("finds the routes", () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.find((r) => r.path === "/api/docker/engines")?.served).toEqual(["GET", "POST"]);
  });

  it.each(routes)("$path answers JSON 405 to every method but $served", async (route) => {
    for (const method of route.refused) {
      const response = await api(route.path, { method });
      expect({ method, status: response.status }).toEqual({ method, status: 405 });
      expect(response.headers.get("allow")).toBe(route.allow);
      if (method === "HEAD") continue;
      expect(response.headers.get("content-type")).toContain("application/json");
      expect(await response.json()).toEqual({
        error: {
          code: "invalid_input",
          message: `Method ${method} is not allowed on ${route.path}: it answers ${route.allow}`,
        },
      });
    }
  });
});
