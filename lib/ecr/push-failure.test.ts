import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readEngineProgress } from "@/lib/docker/progress";
import type { ProgressLine } from "@/lib/docker/progress-lines";
import { classifyPushFailure } from "@/lib/ecr/push-failure";

const HOST = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
const TARGET = `${HOST}/team/app:v1`;

// ECR's refusal of an existing tag in an immutable repository, as the engine streams
// it after the layers (HTTP 200 all along: case E1).
const IMMUTABLE_PUSH = [
  { status: `The push refers to repository [${HOST}/team/app]` },
  { status: "Preparing", progressDetail: {}, id: "6d02d6f8d730" },
  { status: "Layer already exists", progressDetail: {}, id: "6d02d6f8d730" },
  {
    errorDetail: {
      message:
        "tag invalid: The image tag 'v1' already exists in the 'team/app' repository and " +
        "cannot be overwritten because the repository is immutable.",
    },
    error:
      "tag invalid: The image tag 'v1' already exists in the 'team/app' repository and " +
      "cannot be overwritten because the repository is immutable.",
  },
];

async function outcomeOf(messages: unknown[]) {
  const text = messages.map((m) => `${JSON.stringify(m)}\n`).join("");
  const lines: ProgressLine[] = [];
  for await (const line of readEngineProgress(Readable.from([text]), "push")) lines.push(line);
  const last = lines.at(-1);
  if (last?.type !== "failure") return { last, failure: null };
  return { last, failure: classifyPushFailure(last.message, TARGET, HOST) };
}

describe("a push's failure inside the engine's stream", () => {
  it("an immutable tag that exists is a conflict, never a success (E1)", async () => {
    const { failure } = await outcomeOf(IMMUTABLE_PUSH);
    expect(failure?.code).toBe("conflict");
    expect(failure?.message).toMatch(
      /^Tag v1 already exists in .*\/team\/app, whose tags are immutable: push under a new tag/,
    );
    expect(failure?.message).toContain("cannot be overwritten because the repository is immutable");
  });

  it("a push without the registry's credentials is denied, not pushed (E1)", async () => {
    const { failure } = await outcomeOf([
      { status: "Preparing", progressDetail: {}, id: "6d02d6f8d730" },
      {
        errorDetail: { message: "denied: requested access to the resource is denied" },
        error: "denied: requested access to the resource is denied",
      },
    ]);
    expect(failure?.code).toBe("forbidden");
    expect(failure?.message).toMatch(/denied the push of .*team\/app:v1/);
  });
});

describe("classifyPushFailure", () => {
  it("a registry refusing the token's password: unauthorized", () => {
    const failure = classifyPushFailure("unauthorized: authentication required", TARGET, HOST);
    expect(failure).toMatchObject({ code: "unauthorized" });
    expect(failure.message).toBe(
      `Registry ${HOST} refused the credentials of ECR's authorization token ` +
        "(registry: unauthorized: authentication required)",
    );
  });

  it("an expired token: unauthorized", () => {
    const text = "denied: Your authorization token has expired. Reauthenticate and try again.";
    expect(classifyPushFailure(text, TARGET, HOST).code).toBe("unauthorized");
  });

  it("an identity without ECR permissions: forbidden", () => {
    const text =
      "denied: User: arn:aws:iam::123456789012:user/ci is not authorized to perform: " +
      "ecr:InitiateLayerUpload on resource: arn:aws:ecr:us-east-1:123456789012:repository/team/app";
    expect(classifyPushFailure(text, TARGET, HOST).code).toBe("forbidden");
  });

  it("a repository deleted meanwhile: not found", () => {
    const text =
      "name unknown: The repository with name 'team/app' does not exist in the registry " +
      "with id '123456789012'";
    expect(classifyPushFailure(text, TARGET, HOST)).toMatchObject({ code: "not_found" });
  });

  it("an unreachable registry: upstream error naming it", () => {
    const text = `Put "https://${HOST}/v2/": dial tcp 127.0.0.1:443: connect: connection refused`;
    const failure = classifyPushFailure(text, TARGET, HOST);
    expect(failure.code).toBe("upstream_error");
    expect(failure.message).toMatch(
      new RegExp(`^Cannot reach registry ${HOST}: connection refused`),
    );
  });

  it("anything else keeps the registry's words", () => {
    expect(classifyPushFailure("blob upload invalid", TARGET, HOST)).toEqual({
      code: "upstream_error",
      message: `Push of ${TARGET} failed: blob upload invalid`,
    });
  });
});
