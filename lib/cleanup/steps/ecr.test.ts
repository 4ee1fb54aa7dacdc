import { expect, it } from "vitest";
import { awsServiceError, fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { deleteEcrImages, deleteRepositories } from "@/lib/cleanup/steps/ecr";
import { fakeStepContext } from "@/lib/cleanup/testing/step-context";
import { digest } from "@/lib/cleanup/testing/world";
import type { CleanupItem } from "@/lib/cleanup/types";

// The ECR steps: what counts as done, and the refusal that names a stray image.

const item = (kind: CleanupItem["kind"], name: string, locator: Record<string, string>) =>
  ({
    id: `${kind}:${name}`,
    kind,
    name,
    action: "remove",
    reason: "",
    dependsOn: [],
    order: 1,
    locator,
  }) as CleanupItem;

it("deletes images by digest, one call per repository; an image not found is done", async () => {
  const { aws, named } = fakeAwsClients({
    batchDeleteImage: () => ({
      failures: [{ imageId: { imageDigest: digest("b") }, failureCode: "ImageNotFound" }],
    }),
  });
  const { ctx, lines } = fakeStepContext();
  await deleteEcrImages(
    aws,
    [
      item("ecr-image", "shop:v1", { repository: "shop", digest: digest("a") }),
      item("ecr-image", "shop:v2", { repository: "shop", digest: digest("b") }),
    ],
    ctx,
  );
  expect(named("BatchDeleteImage")).toHaveLength(1);
  expect(lines).toEqual(["ECR image shop:v1: deleted", "ECR image shop:v2: already gone"]);
});

it("fails on any other image failure, with ECR's code", async () => {
  const { aws } = fakeAwsClients({
    batchDeleteImage: () => ({
      failures: [
        { imageId: { imageDigest: digest("a") }, failureCode: "KmsError", failureReason: "no key" },
      ],
    }),
  });
  const run = deleteEcrImages(
    aws,
    [item("ecr-image", "shop:v1", { repository: "shop", digest: digest("a") })],
    fakeStepContext().ctx,
  );
  await expect(run).rejects.toThrow("KmsError: no key");
});

it("names the image that keeps a repository from going, and never forces", async () => {
  const { aws, named } = fakeAwsClients({
    deleteRepository: () => {
      throw awsServiceError("RepositoryNotEmptyException", 400);
    },
    describeImages: () => ({ imageDetails: [{ imageDigest: digest("c"), imageTags: ["hotfix"] }] }),
  });
  const run = deleteRepositories(
    aws,
    [item("repository", "shop", { repository: "shop" })],
    fakeStepContext().ctx,
  );
  await expect(run).rejects.toThrow(
    /repository shop still holds 1 image this plan did not list \(shop:hotfix\)/,
  );
  expect(named("DeleteRepository")[0]?.input).toEqual({ repositoryName: "shop", force: false });
});

it("counts a repository that is gone already as done", async () => {
  const { aws } = fakeAwsClients({
    deleteRepository: () => {
      throw awsServiceError("RepositoryNotFoundException", 400);
    },
  });
  const { ctx, lines } = fakeStepContext();
  await deleteRepositories(aws, [item("repository", "shop", { repository: "shop" })], ctx);
  expect(lines).toEqual(["repository shop: already gone"]);
});
