import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awsContextFrom, contextCookie, resolveContext } from "@/lib/aws/context";
import { listProfiles } from "@/lib/aws/profiles";

const saved = { ...process.env };
const SECRET = "wJalrXUtnFEMI-not-a-real-secret";

beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), "slipway-aws-"));
  writeFileSync(
    path.join(dir, "config"),
    [
      "[default]",
      "region = eu-west-1",
      "[profile work]",
      "region = eu-central-1",
      "sso_session = corp",
      "sso_account_id = 111122223333",
      "sso_role_name = Dev",
      "[sso-session corp]",
      "sso_start_url = https://example.invalid/start",
      "sso_region = eu-central-1",
      "[profile bare]",
      "output = json",
    ].join("\n"),
  );
  writeFileSync(
    path.join(dir, "credentials"),
    ["[keys]", "aws_access_key_id = AKIDEXAMPLE", `aws_secret_access_key = ${SECRET}`].join("\n"),
  );
  process.env.AWS_CONFIG_FILE = path.join(dir, "config");
  process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, "credentials");
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_REGION;
});

afterAll(() => {
  process.env = { ...saved };
});

describe("choosing the AWS profile and region", () => {
  it("takes the query over the cookie", async () => {
    const req = new Request("http://127.0.0.1/api/aws/identity?region=us-west-2", {
      headers: {
        cookie: contextCookie({ profile: "work", region: "eu-north-1" }).split(";")[0] ?? "",
      },
    });
    const context = await awsContextFrom(req);
    expect(context).toMatchObject({ profile: "work", region: "us-west-2" });
    expect(context.source).toEqual({ profile: "cookie", region: "query" });
  });

  it("takes the environment when neither names anything", async () => {
    process.env.AWS_PROFILE = "keys";
    process.env.AWS_REGION = "ap-south-1";
    try {
      const context = await resolveContext({}, {});
      expect(context).toMatchObject({ profile: "keys", region: "ap-south-1" });
    } finally {
      delete process.env.AWS_PROFILE;
      delete process.env.AWS_REGION;
    }
  });

  it("falls back to the profile's own region, then the default profile's", async () => {
    expect((await resolveContext({ profile: "work" }, {})).region).toBe("eu-central-1");
    expect((await resolveContext({}, {})).region).toBe("eu-west-1");
    const bare = await resolveContext({ profile: "bare" }, {});
    expect(bare.region).toBeNull();
    expect(bare.source.region).toBe("none");
  });

  it("refuses a malformed region in the query, naming it", async () => {
    const req = new Request("http://127.0.0.1/api/ecs/clusters?region=Mars");
    await expect(awsContextFrom(req)).rejects.toThrow(/Invalid query: region/);
  });

  it("ignores a cookie it cannot read", async () => {
    const req = new Request("http://127.0.0.1/", { headers: { cookie: "slipway_aws=%7Bbroken" } });
    expect((await awsContextFrom(req)).profile).toBeNull();
  });
});

describe("listing profiles", () => {
  it("gives names, regions and SSO use, never the keys", async () => {
    const profiles = await listProfiles();
    expect(profiles.map((p) => p.name)).toEqual(["bare", "default", "keys", "work"]);
    expect(profiles.find((p) => p.name === "work")).toMatchObject({
      sso: true,
      region: "eu-central-1",
    });
    expect(profiles.find((p) => p.name === "keys")?.files).toEqual(["credentials"]);
    expect(JSON.stringify(profiles)).not.toContain(SECRET);
    expect(JSON.stringify(profiles)).not.toContain("AKIDEXAMPLE");
  });
});
