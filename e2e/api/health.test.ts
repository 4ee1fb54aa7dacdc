import { describe, expect, it } from "vitest";
import { api, apiJson, rawRequest } from "../support/http";

describe("health and request checks", () => {
  it("reports the engine Slipway reaches with its version", async () => {
    const { status, body } = await apiJson<{
      docker: { ok: boolean; version: string; apiVersion: string; endpoint: string };
    }>("GET", "/api/health");
    expect(status).toBe(200);
    expect(body.docker.ok).toBe(true);
    expect(body.docker.apiVersion).toMatch(/^1\.\d+$/);
    expect(body.docker.endpoint).toMatch(/^(unix|tcp|ssh|npipe):\/\//);
  });

  it("refuses a Host header that is not Slipway's (DNS rebinding)", async () => {
    const response = await rawRequest("/api/health", { headers: { Host: "attacker.example" } });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body).error.code).toBe("forbidden");
  });

  it("refuses pages too under a foreign Host header", async () => {
    const response = await rawRequest("/", { headers: { Host: "attacker.example:7421" } });
    expect(response.status).toBe(403);
  });

  it("refuses a state-changing request from another origin", async () => {
    const response = await api("/api/session", {
      method: "POST",
      headers: { Origin: "http://attacker.example", "Content-Type": "application/json" },
      body: JSON.stringify({ token: "x" }),
    });
    expect(response.status).toBe(403);
  });

  it("answers an unknown JSON body with invalid_input naming the problem", async () => {
    const response = await api("/api/session", { method: "POST", body: "{not json" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toEqual({
      code: "invalid_input",
      message: "The request body is not valid JSON",
    });
  });
});
