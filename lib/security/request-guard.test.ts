import { afterEach, describe, expect, it, vi } from "vitest";

async function loadGuard(env: Record<string, string> = {}) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("./request-guard");
}

const headers = (entries: Record<string, string>) => new Headers(entries);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("Host header check", () => {
  it("accepts loopback names with any port", async () => {
    const { checkHost } = await loadGuard();
    for (const host of ["127.0.0.1:7420", "localhost:7420", "[::1]:7420", "127.0.0.5"]) {
      expect(checkHost(headers({ host }))).toBeNull();
    }
  });

  it("refuses another name, as a DNS-rebinding page would send", async () => {
    const { checkHost } = await loadGuard();
    expect(checkHost(headers({ host: "evil.example:7420" }))?.code).toBe("forbidden");
  });

  it("accepts names listed in SLIPWAY_ALLOWED_HOSTS", async () => {
    const { checkHost } = await loadGuard({ SLIPWAY_ALLOWED_HOSTS: "dev.box, other.box" });
    expect(checkHost(headers({ host: "dev.box:7420" }))).toBeNull();
    expect(checkHost(headers({ host: "third.box" }))?.code).toBe("forbidden");
  });
});

describe("Origin check", () => {
  it("lets reads through from anywhere", async () => {
    const { checkOrigin } = await loadGuard();
    expect(checkOrigin("GET", headers({ origin: "http://evil.example" }))).toBeNull();
  });

  it("accepts a POST from Slipway's own origin and one without Origin (curl)", async () => {
    const { checkOrigin } = await loadGuard();
    const own = headers({ host: "127.0.0.1:7420", origin: "http://127.0.0.1:7420" });
    expect(checkOrigin("POST", own)).toBeNull();
    expect(checkOrigin("POST", headers({ host: "127.0.0.1:7420" }))).toBeNull();
  });

  it("refuses a POST from another origin, another port, or a null origin", async () => {
    const { checkOrigin } = await loadGuard();
    for (const origin of ["http://evil.example", "http://127.0.0.1:9999", "null"]) {
      const result = checkOrigin("DELETE", headers({ host: "127.0.0.1:7420", origin }));
      expect(result?.code).toBe("forbidden");
    }
  });
});

describe("token check", () => {
  const token = "correct-horse-battery-staple";

  it("asks for nothing when no token is configured", async () => {
    const { checkToken } = await loadGuard();
    expect(checkToken(headers({}), undefined)).toBeNull();
  });

  it("accepts the bearer token or the session cookie, and nothing else", async () => {
    const { checkToken, sessionValue } = await loadGuard({ SLIPWAY_TOKEN: token });
    expect(checkToken(headers({ authorization: `Bearer ${token}` }), undefined)).toBeNull();
    expect(checkToken(headers({}), sessionValue(token))).toBeNull();
    expect(checkToken(headers({ authorization: "Bearer wrong" }), undefined)?.code).toBe(
      "unauthorized",
    );
    expect(checkToken(headers({}), token)?.code).toBe("unauthorized");
  });
});

describe("WebSocket upgrade check", () => {
  const own = { host: "127.0.0.1:7420", origin: "http://127.0.0.1:7420" };

  it("accepts an upgrade from Slipway's own page", async () => {
    const { guardUpgrade, headersOf } = await loadGuard();
    expect(guardUpgrade(headersOf(own))).toBeNull();
  });

  it("refuses an upgrade from another origin although it is a GET", async () => {
    const { guardUpgrade, headersOf } = await loadGuard();
    const foreign = headersOf({ ...own, origin: "http://evil.example" });
    expect(guardUpgrade(foreign)?.code).toBe("forbidden");
  });

  it("refuses an upgrade under a foreign Host header", async () => {
    const { guardUpgrade, headersOf } = await loadGuard();
    const rebound = headersOf({ host: "evil.example:7420", origin: "http://evil.example:7420" });
    expect(guardUpgrade(rebound)?.code).toBe("forbidden");
  });

  it("asks for the token when one is set, and takes the session cookie", async () => {
    const token = "correct-horse-battery-staple";
    const { guardUpgrade, headersOf, sessionValue } = await loadGuard({ SLIPWAY_TOKEN: token });
    expect(guardUpgrade(headersOf(own))?.code).toBe("unauthorized");
    const cookie = `other=1; slipway_session=${sessionValue(token)}`;
    expect(guardUpgrade(headersOf({ ...own, cookie }))).toBeNull();
  });
});
