import { expect, it } from "vitest";
import { awsServiceError, fakeAwsClients } from "@/lib/aws/testing/fake-clients";
import { deleteEcrImages, deleteRepositories } from "@/lib/cleanup/steps/ecr";
import { fakeStepContext } from "@/lib/cleanup/testing/step-context";
import { digest } from "@/lib/cleanup/testing/world";
import type { CleanupItem } from "@/lib/cleanup/types";

// The ECR steps: what counts as done, the refusal that names a stray image, and the
// look again at run time (a service that started using an image, a tag added since).

const URI = "123456789012.dkr.ecr.us-east-1.amazonaws.com/shop";
const TD = "arn:aws:ecs:us-east-1:123456789012:task-definition/other:3";

/** ECR holding `images` in repository shop, and one other ACTIVE service using `image`. */
function world(images: { digest: string; tags: string[] }[], image: string | null) {
  return {
    describeRepositories: () => ({
      repositories: [{ repositoryName: "shop", repositoryArn: "arn:shop", repositoryUri: URI }],
    }),
    listTagsForResource: () => ({ tags: [] }),
    describeImages: () => ({
      imageDetails: images.map((i) => ({ imageDigest: i.digest, imageTags: i.tags })),
    }),
    listClusters: () => ({ clusterArns: ["arn:aws:ecs:us-east-1:123456789012:cluster/c"] }),
    describeClusters: () => ({
      clusters: [{ clusterName: "c", clusterArn: "arn:c", status: "ACTIVE" }],
    }),
    listServices: () => ({ serviceArns: image ? ["arn:svc/other"] : [] }),
    describeServices: () => ({
      services: [{ serviceName: "other", status: "ACTIVE", taskDefinition: TD }],
    }),
    describeTaskDefinition: () => ({
      taskDefinition: {
        taskDefinitionArn: TD,
        family: "other",
        revision: 3,
        status: "ACTIVE",
        containerDefinitions: [{ name: "web", image }],
      },
    }),
  };
}

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
    ...world([], null),
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
  expect(lines.slice(1)).toEqual(["ECR image shop:v1: deleted", "ECR image shop:v2: already gone"]);
});

it("fails on any other image failure, with ECR's code", async () => {
  const { aws } = fakeAwsClients({
    ...world([], null),
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

const v2 = item("ecr-image", "shop:v2", { repository: "shop", digest: digest("b"), tags: "v2" });

it.each([
  ["by tag", `${URI}:v2`],
  ["by digest", `${URI}@${digest("b")}`],
])("stops, naming the service, when another service uses a planned image %s", async (_, image) => {
  const { aws, named } = fakeAwsClients(world([{ digest: digest("b"), tags: ["v2"] }], image));
  const run = deleteEcrImages(aws, [v2], fakeStepContext().ctx, [v2]);
  await expect(run).rejects.toThrow(/shop:v2 is now used by service other in cluster c/);
  expect(named("BatchDeleteImage")).toHaveLength(0);
});

it("does not count a service the run itself removes", async () => {
  const { aws, named } = fakeAwsClients({
    ...world([{ digest: digest("b"), tags: ["v2"] }], `${URI}:v2`),
    batchDeleteImage: () => ({ failures: [] }),
  });
  const other = item("service", "other", { cluster: "c", service: "other" });
  await deleteEcrImages(aws, [v2], fakeStepContext().ctx, [other, v2]);
  expect(named("BatchDeleteImage")).toHaveLength(1);
});

it("stops, naming the tag, when a tag was pushed onto a planned image", async () => {
  const { aws, named } = fakeAwsClients(
    world([{ digest: digest("b"), tags: ["v2", "hotfix"] }], null),
  );
  const run = deleteEcrImages(aws, [v2], fakeStepContext().ctx, [v2]);
  await expect(run).rejects.toThrow(/shop:v2 now also carries the tag hotfix/);
  expect(named("BatchDeleteImage")).toHaveLength(0);
});
