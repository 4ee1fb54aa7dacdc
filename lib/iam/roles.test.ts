import { describe, expect, it } from "vitest";
import type { AwsClients } from "@/lib/aws/clients";
import { listRoles } from "@/lib/iam/roles";

const TRUST = encodeURIComponent(
  JSON.stringify({
    Statement: [{ Effect: "Allow", Principal: { Service: "ecs-tasks.amazonaws.com" } }],
  }),
);

function fakeIam(send: (command: { input: { Marker?: string } }) => Promise<unknown>) {
  return {
    iam: { send },
    context: { profile: null, region: "us-east-1" },
  } as unknown as AwsClients;
}

describe("listing IAM roles for the execution role picker", () => {
  it("lists every page, roles ECS tasks may assume first", async () => {
    const aws = fakeIam(async ({ input }) =>
      input.Marker
        ? {
            Roles: [{ RoleName: "a-admin", Arn: "arn:aws:iam::1:role/a-admin" }],
            IsTruncated: false,
          }
        : {
            Roles: [
              { RoleName: "ecsTaskExecutionRole", Arn: "arn:x", AssumeRolePolicyDocument: TRUST },
            ],
            IsTruncated: true,
            Marker: "page-2",
          },
    );
    const answer = await listRoles(aws);
    expect(answer.available).toBe(true);
    expect(answer.roles.map((r) => [r.name, r.trustsEcsTasks])).toEqual([
      ["ecsTaskExecutionRole", true],
      ["a-admin", false],
    ]);
  });

  it("answers 'type the ARN' when the caller may not list roles", async () => {
    const aws = fakeIam(async () => {
      throw Object.assign(new Error("User: arn:aws:sts::1:assumed-role/dev is not authorized"), {
        name: "AccessDenied",
        $fault: "client",
        $metadata: { httpStatusCode: 403 },
      });
    });
    const answer = await listRoles(aws);
    expect(answer).toMatchObject({ available: false, roles: [] });
    expect(answer.available === false && answer.reason).toMatch(
      /^Cannot list IAM roles \(AccessDenied: User: .* is not authorized\); type the role's ARN/,
    );
  });

  it("still fails on other errors", async () => {
    const aws = fakeIam(async () => {
      throw Object.assign(new Error("boom"), {
        name: "ServiceFailure",
        $fault: "server",
        $metadata: { httpStatusCode: 500 },
      });
    });
    await expect(listRoles(aws)).rejects.toThrow("boom");
  });
});
