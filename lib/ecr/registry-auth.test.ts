import { afterEach, describe, expect, it } from "vitest";
import { fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { forgetRegistryAuth, registryAuth } from "@/lib/ecr/registry-auth";

const HOURS = 60 * 60_000;

function ecrHanding(expiresAt: Date) {
  return fakeAwsClients({
    getAuthorizationToken: () => ({
      authorizationData: [
        {
          authorizationToken: btoa("AWS:secret-password"),
          expiresAt,
          proxyEndpoint: "https://111122223333.dkr.ecr.us-east-1.amazonaws.com",
        },
      ],
    }),
  });
}

describe("ECR registry credentials (E1)", () => {
  let forget: () => void = () => undefined;
  afterEach(() => forget());

  it("decodes the token into user, password and the registry's address", async () => {
    const { aws } = ecrHanding(new Date(Date.now() + 12 * HOURS));
    forget = () => forgetRegistryAuth(aws);
    expect(await registryAuth(aws)).toEqual({
      username: "AWS",
      password: "secret-password",
      serverAddress: "https://111122223333.dkr.ecr.us-east-1.amazonaws.com",
    });
  });

  it("asks once while the token is good", async () => {
    const { aws, named } = ecrHanding(new Date(Date.now() + 12 * HOURS));
    forget = () => forgetRegistryAuth(aws);
    await registryAuth(aws);
    await registryAuth(aws);
    expect(named("GetAuthorizationToken")).toHaveLength(1);
  });

  it("asks again for a token that expires within minutes, or has expired", async () => {
    for (const expiresAt of [new Date(Date.now() + 60_000), new Date("2015-01-01")]) {
      const { aws, named } = ecrHanding(expiresAt);
      forget = () => forgetRegistryAuth(aws);
      await registryAuth(aws);
      await registryAuth(aws);
      expect(named("GetAuthorizationToken")).toHaveLength(2);
    }
  });

  it("asks again after a registry refused the token", async () => {
    const { aws, named } = ecrHanding(new Date(Date.now() + 12 * HOURS));
    forget = () => forgetRegistryAuth(aws);
    await registryAuth(aws);
    forgetRegistryAuth(aws);
    await registryAuth(aws);
    expect(named("GetAuthorizationToken")).toHaveLength(2);
  });
});
