import { describe, expect, it } from "vitest";
import { decodeAuthorizationToken, tokenStillGood } from "@/lib/ecr/auth-token";
import { pushCommands, registryOf } from "@/lib/ecr/push-commands";

describe("push commands (E1)", () => {
  it("tags and pushes with the repository's own URI", () => {
    const commands = pushCommands({
      repositoryUri: "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app",
      region: "us-east-1",
      localImage: "app:latest",
    });
    expect(commands.map((c) => c.command)).toEqual([
      "aws ecr get-login-password --region us-east-1 | docker login --username AWS " +
        "--password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com",
      "docker tag app:latest 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:latest",
      "docker push 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:latest",
    ]);
  });

  it("keeps a China partition host instead of building one from account and region", () => {
    const uri = "111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/demo";
    const [login, tag, push] = pushCommands({ repositoryUri: uri, region: "cn-north-1" });
    expect(login?.command).toContain(
      "--password-stdin 111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn",
    );
    expect(tag?.command).toBe(`docker tag demo:latest ${uri}:latest`);
    expect(push?.command).toBe(`docker push ${uri}:latest`);
  });

  it("names the profile in the login command when one is chosen", () => {
    const [login] = pushCommands({
      repositoryUri: "1.dkr.ecr.eu-west-1.amazonaws.com/x",
      region: "eu-west-1",
      profile: "work",
      tag: "v2",
    });
    expect(login?.command).toContain("get-login-password --region eu-west-1 --profile work |");
  });

  it("takes the registry as everything before the first slash", () => {
    expect(registryOf("localhost:5000/team/app")).toBe("localhost:5000");
  });
});

describe("ECR authorization token (E1)", () => {
  it("decodes base64 and splits at the first colon", () => {
    expect(decodeAuthorizationToken("QVdTOmFiYw==")).toEqual({ username: "AWS", password: "abc" });
    const withColon = btoa("AWS:pa:ss");
    expect(decodeAuthorizationToken(withColon).password).toBe("pa:ss");
  });

  it("refuses a token that is not user:password", () => {
    expect(() => decodeAuthorizationToken(btoa("nocolon"))).toThrow(/not user:password/);
  });

  it("treats a token as good until five minutes before it expires", () => {
    const now = Date.parse("2026-01-01T12:00:00Z");
    expect(tokenStillGood(new Date(now + 6 * 60_000), now)).toBe(true);
    expect(tokenStillGood(new Date(now + 4 * 60_000), now)).toBe(false);
    expect(tokenStillGood(new Date("2015-01-01T00:00:00Z"), now)).toBe(false);
    expect(tokenStillGood(undefined, now)).toBe(false);
  });
});
