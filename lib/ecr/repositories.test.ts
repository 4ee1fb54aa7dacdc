import { describe, expect, it } from "vitest";
import { awsServiceError, fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { listRepositories } from "@/lib/ecr/repositories";

const repository = (name: string) => ({
  repositoryName: name,
  repositoryUri: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${name}`,
});

describe("listRepositories", () => {
  it("leaves out a repository deleted between listing and counting its images", async () => {
    const { aws } = fakeAwsClients({
      describeRepositories: () => ({ repositories: [repository("kept"), repository("gone")] }),
      listImages: (input) => {
        if (input.repositoryName === "gone") {
          throw awsServiceError("RepositoryNotFoundException", 400);
        }
        return { imageIds: [{ imageDigest: "sha256:a", imageTag: "v1" }] };
      },
    });
    const list = await listRepositories(aws);
    expect(list.map((r) => [r.name, r.imageCount])).toEqual([["kept", 1]]);
  });

  it("still fails on any other error", async () => {
    const { aws } = fakeAwsClients({
      describeRepositories: () => ({ repositories: [repository("app")] }),
      listImages: () => {
        throw awsServiceError("AccessDeniedException", 400);
      },
    });
    await expect(listRepositories(aws)).rejects.toThrow("AccessDeniedException");
  });
});
