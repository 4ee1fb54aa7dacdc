import { describe, expect, it } from "vitest";
import { api, apiJson } from "../support/http";
import { MOTO_ACCOUNT } from "../support/moto";

// The test Slipway runs with moto's environment (scripts/test-server.sh): static
// test keys, AWS_REGION=us-east-1, AWS_ENDPOINT_URL at moto, and shared files with
// two test profiles: slipway-test-keys (static keys) and slipway-test-sso (never
// signed in).

interface Identity {
  account: string;
  arn: string;
  region: string;
  profile: string | null;
}

describe("AWS identity and context", () => {
  it("shows the account and ARN of the default credentials", async () => {
    const { status, body } = await apiJson<Identity>("GET", "/api/aws/identity");
    expect(status).toBe(200);
    expect(body).toMatchObject({ account: MOTO_ACCOUNT, region: "us-east-1", profile: null });
    expect(body.arn).toMatch(/^arn:aws:(sts|iam)::123456789012:/);
  });

  it("works in the profile and region named in the query", async () => {
    const { status, body } = await apiJson<Identity>(
      "GET",
      "/api/aws/identity?profile=slipway-test-keys&region=eu-west-1",
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ profile: "slipway-test-keys", region: "eu-west-1" });
  });

  it("tells a profile whose SSO session is missing to run aws sso login", async () => {
    const { status, body } = await apiJson<{ error: { code: string; message: string } }>(
      "GET",
      "/api/aws/identity?profile=slipway-test-sso",
    );
    expect(status).toBe(503);
    expect(body.error.code).toBe("aws_unavailable");
    expect(body.error.message).toContain("aws sso login --profile slipway-test-sso");
  });

  it("refuses a malformed region, naming the field", async () => {
    const { status, body } = await apiJson<{ error: { code: string; message: string } }>(
      "GET",
      "/api/aws/identity?region=moon-base",
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("region");
  });

  it("lists profile names and never their secrets", async () => {
    const response = await api("/api/aws/profiles");
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).not.toContain("slipway-test-secret-never-shown");
    const body = JSON.parse(text) as {
      profiles: Array<{ name: string; sso: boolean }>;
      defaults: { profile: string | null; region: string | null };
      current: { profile: string | null; region: string | null };
      regions: string[];
    };
    const names = body.profiles.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["slipway-test-keys", "slipway-test-sso"]));
    expect(body.profiles.find((p) => p.name === "slipway-test-sso")?.sso).toBe(true);
    expect(body.defaults).toEqual({ profile: null, region: "us-east-1" });
    expect(body.regions).toContain("us-east-1");
  });

  it("keeps a browser's choice in a cookie that later requests follow", async () => {
    const set = await api("/api/aws/context", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ profile: "slipway-test-keys", region: "eu-central-1" }),
    });
    expect(set.status).toBe(200);
    const cookie = (set.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^slipway_aws=/);
    expect(set.headers.get("set-cookie")).toContain("HttpOnly");

    const identity = await api("/api/aws/identity", { headers: { cookie } });
    expect(await identity.json()).toMatchObject({
      profile: "slipway-test-keys",
      region: "eu-central-1",
    });
    // The query still wins over the cookie.
    const overridden = await api("/api/aws/identity?region=us-west-2", { headers: { cookie } });
    expect(await overridden.json()).toMatchObject({ region: "us-west-2" });
  });

  it("reports the AWS context in the health answer without calling AWS", async () => {
    const { body } = await apiJson<{ aws: { profile: string | null; region: string | null } }>(
      "GET",
      "/api/health?region=ap-south-1",
    );
    expect(body.aws).toEqual({ profile: null, region: "ap-south-1" });
  });

  it("refuses a profile that is in neither file", async () => {
    const { status, body } = await apiJson<{ error: { message: string } }>(
      "POST",
      "/api/aws/context",
      { profile: "slipway-test-nobody", region: "us-east-1" },
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("profile");
  });
});
