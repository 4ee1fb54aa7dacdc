import { describe, expect, it } from "vitest";
import { awsServiceError } from "@/lib/aws/testing/fake-clients";
import { isAlreadyGone } from "@/lib/cleanup/gone";

// Which answers mean "that resource no longer exists", kind by kind.

const aws = (name: string, message = name) => awsServiceError(name, 400, message);
const engine = (statusCode: number, message: string) =>
  Object.assign(new Error(message), { statusCode });

describe("isAlreadyGone", () => {
  it.each([
    ["cluster", aws("ClusterNotFoundException", "Cluster not found.")],
    ["service", aws("ServiceNotFoundException")],
    ["service", aws("ServiceNotActiveException", "Service was not ACTIVE.")],
    ["service", aws("ClusterNotFoundException")],
    ["repository", aws("RepositoryNotFoundException")],
    ["ecr-image", aws("RepositoryNotFoundException")],
    ["log-group", aws("ResourceNotFoundException", "The specified log group does not exist.")],
    ["security-group", aws("InvalidGroup.NotFound", "The security group 'sg-1' does not exist")],
    ["revision", aws("ClientException", "Unable to describe task definition.")],
    ["task", aws("InvalidParameterException", "The referenced task was not found.")],
    ["local-container", engine(404, "No such container: abc")],
    ["local-image", engine(404, "No such image: shop:v1")],
    ["local-volume", engine(404, "get data: no such volume")],
  ] as const)("%s: %s counts as gone", (kind, error) => {
    expect(isAlreadyGone(kind, error)).toBe(true);
  });

  it.each([
    ["repository", aws("RepositoryNotEmptyException")],
    ["cluster", aws("ClusterContainsServicesException")],
    ["security-group", aws("DependencyViolation")],
    [
      "revision",
      aws("ClientException", "The specified task definition is still in ACTIVE status."),
    ],
    ["log-group", aws("ThrottlingException")],
    ["local-image", engine(409, "image is being used by running container abc")],
    ["local-volume", engine(409, "volume is in use")],
    ["cluster", new Error("socket hang up")],
  ] as const)("%s: %s is a real failure", (kind, error) => {
    expect(isAlreadyGone(kind, error)).toBe(false);
  });

  it("does not read one kind's not-found as another's", () => {
    expect(isAlreadyGone("repository", aws("ResourceNotFoundException"))).toBe(false);
    expect(isAlreadyGone("log-group", aws("RepositoryNotFoundException"))).toBe(false);
  });
});
