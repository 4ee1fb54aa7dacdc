import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { loginFailure } from "@/lib/registries/login";

// The engine's answers to POST /auth are those Docker 20.10 gave against
// docker-registry on 127.0.0.1:5055 (basic auth) and a closed port.

const who = { server: "127.0.0.1:5055", username: "slipway-test" };
const engineSaid = (statusCode: number, message: string) => ({ statusCode, json: { message } });

describe("a refused registry login", () => {
  it("a wrong password is unauthorized, names the user and says nothing was saved", () => {
    const failure = loginFailure(
      engineSaid(
        500,
        "login attempt to http://127.0.0.1:5055/v2/ failed with status: 401 Unauthorized",
      ),
      who,
    ) as AppError;
    expect(failure).toBeInstanceOf(AppError);
    expect(failure.code).toBe("unauthorized");
    expect(failure.message).toMatch(
      /^Registry 127\.0\.0\.1:5055 refused the login of slipway-test \(unauthorized\)/,
    );
    expect(failure.message).toMatch(/Nothing was saved\.$/);
  });

  it("a closed port cannot be reached", () => {
    const text =
      'Get "http://127.0.0.1:5999/v2/": dial tcp 127.0.0.1:5999: connect: connection refused';
    const failure = loginFailure(engineSaid(500, text), { ...who, server: "127.0.0.1:5999" });
    expect(failure).toMatchObject({ code: "upstream_error" });
    expect((failure as AppError).message).toMatch(
      /^Cannot reach registry 127\.0\.0\.1:5999: connection refused .*Nothing was saved\.$/,
    );
  });

  it("a registry that never answers is said to, within the bound", () => {
    const timeout = Object.assign(new Error("timed out"), { name: "TimeoutError" });
    expect((loginFailure(timeout, who) as AppError).message).toBe(
      "Registry 127.0.0.1:5055 did not answer the login within 20 s. Nothing was saved.",
    );
  });

  it("an engine that cannot be reached is passed on for the usual translation", () => {
    const down = Object.assign(new Error("connect ENOENT"), { code: "ENOENT" });
    expect(loginFailure(down, who)).toBe(down);
  });
});
