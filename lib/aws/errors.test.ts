import { EC2ServiceException } from "@aws-sdk/client-ec2";
import { RepositoryNotEmptyException } from "@aws-sdk/client-ecr";
import {
  AccessDeniedException,
  ClusterContainsServicesException,
  ClusterNotFoundException,
  InvalidParameterException,
  ListClustersCommand,
  ServerException,
} from "@aws-sdk/client-ecs";
import { afterEach, describe, expect, it } from "vitest";
import { makeClient } from "@/lib/aws/clients";
import { credentialsUnavailable, fromAwsError, regionMissing } from "@/lib/aws/errors";

const meta = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });

function ec2Error(name: string, message: string) {
  return new EC2ServiceException({ name, message, $fault: "client", ...meta(400) });
}

describe("AWS service errors", () => {
  it.each([
    [new ClusterNotFoundException({ message: "Cluster not found.", ...meta(400) }), "not_found"],
    [ec2Error("InvalidVpcID.NotFound", "The vpc ID 'vpc-1' does not exist"), "not_found"],
    [
      new ClusterContainsServicesException({
        message: "The Cluster cannot be deleted",
        ...meta(400),
      }),
      "conflict",
    ],
    [
      new RepositoryNotEmptyException({ message: "The repository has images", ...meta(400) }),
      "conflict",
    ],
    [ec2Error("InvalidGroup.Duplicate", "The security group 'web' already exists"), "conflict"],
    [ec2Error("DependencyViolation", "resource sg-1 has a dependent object"), "conflict"],
    [
      new AccessDeniedException({ message: "not authorized to ecs:ListClusters", ...meta(400) }),
      "forbidden",
    ],
    [ec2Error("UnauthorizedOperation", "You are not authorized"), "forbidden"],
    [new InvalidParameterException({ message: "Bad family", ...meta(400) }), "invalid_input"],
    [ec2Error("InvalidParameterValue", "Invalid port"), "invalid_input"],
    [ec2Error("RequestLimitExceeded", "Request limit exceeded."), "rate_limited"],
    [new ServerException({ message: "Service unavailable", ...meta(500) }), "upstream_error"],
  ])("%s becomes %s, keeping AWS's name", (error, code) => {
    const translated = fromAwsError(error);
    expect(translated?.code).toBe(code);
    expect(translated?.message.startsWith(`${error.name}: `)).toBe(true);
  });

  it("leaves errors that are not AWS's alone", () => {
    expect(fromAwsError(new Error("plain"))).toBeNull();
    expect(fromAwsError({ statusCode: 404, json: { message: "no such container" } })).toBeNull();
  });

  it("explains refused credentials with the fix", () => {
    const error = ec2Error(
      "AuthFailure",
      "AWS was not able to validate the provided access credentials",
    );
    const translated = fromAwsError(error);
    expect(translated?.code).toBe("aws_unavailable");
    expect(translated?.message).toContain("aws sso login");
  });
});

describe("credentials and region", () => {
  it("points an SSO profile at aws sso login", () => {
    const error = credentialsUnavailable(
      new Error("The SSO session associated with this profile is invalid."),
      "work",
      true,
    );
    expect(error.code).toBe("aws_unavailable");
    expect(error.message).toContain("`aws sso login --profile work`");
  });

  it("points a missing chain at aws configure", () => {
    const error = credentialsUnavailable(
      new Error("Could not load credentials from any providers"),
      null,
      false,
    );
    expect(error.message).toContain("`aws configure`");
    expect(error.message).toContain("AWS_ACCESS_KEY_ID");
  });

  it("says how to choose a region", () => {
    const error = regionMissing("work");
    expect(error.code).toBe("aws_unavailable");
    expect(error.message).toContain("AWS_REGION");
    expect(error.message).toContain("--profile work");
  });
});

describe("an endpoint that does not answer", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("is named, and the per-service variable wins over AWS_ENDPOINT_URL", async () => {
    // Nothing listens on these loopback ports.
    process.env.AWS_ENDPOINT_URL = "http://127.0.0.1:2";
    process.env.AWS_ENDPOINT_URL_ECS = "http://127.0.0.1:1";
    const ecs = makeClient(
      "ecs",
      { profile: null, region: "us-east-1", source: { profile: "none", region: "query" } },
      { credentials: { accessKeyId: "AKIDFAKE", secretAccessKey: "fake" }, maxAttempts: 1 },
    );

    const error = await ecs.send(new ListClustersCommand({})).catch((e: unknown) => e);

    const translated = fromAwsError(error);
    expect(translated?.code).toBe("aws_unavailable");
    expect(translated?.message).toContain("http://127.0.0.1:1");
    expect(translated?.message).toContain("ECONNREFUSED");
  });
});

describe("answers the SDK cannot read", () => {
  it("names the status and the likely cause instead of the parser's words", () => {
    const error = Object.assign(
      new SyntaxError(
        "Unexpected token '<', \"<!doctype \"... is not valid JSON\n  Deserialization error: " +
          "to see the raw response, inspect the hidden field {error}.$response on this object.",
      ),
      { $metadata: { httpStatusCode: 500 } },
    );
    const translated = fromAwsError(error);
    expect(translated?.code).toBe("upstream_error");
    expect(translated?.message).toBe(
      "The AWS endpoint answered (HTTP 500) with something that is not an AWS reply. Check the " +
        "region and AWS_ENDPOINT_URL; a proxy or an AWS stand-in may have failed on this call.",
    );
  });
});
