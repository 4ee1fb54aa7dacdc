import { expect, test } from "@playwright/test";
import { testName } from "../support/docker";
import { MOTO_ACCOUNT } from "../support/moto";
import { removeTestRepository } from "../support/moto/ecr";
import {
  createTestService,
  registerTestTaskDefinition,
  removeTestCluster,
  removeTestService,
} from "../support/moto/ecs";

// Against the test Slipway, which talks to moto with test keys in us-east-1.

const repository = testName("web");
const cluster = testName("cluster");
let taskDefinition: string | undefined;

test.afterAll(async () => {
  await removeTestRepository(repository);
  await removeTestCluster(cluster, taskDefinition);
});

test("create an ECR repository by clicking, see its push commands, delete it", async ({
  page,
}, testInfo) => {
  await page.goto("/ecr");
  await expect(page.getByTestId("aws-identity")).toContainText(MOTO_ACCOUNT);
  await expect(page.getByTestId("aws-region")).toHaveValue("us-east-1");

  await page.getByTestId("create-repository").click();
  await page.getByTestId("repository-name").fill("Not-Valid");
  await expect(page.getByText("The name must be lower case")).toBeVisible();
  await page.getByTestId("repository-name").fill(repository);
  await page.getByTestId("create-repository-submit").click();

  const row = page.locator(`[data-testid="repository-row"][data-name="${repository}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(".dkr.ecr.us-east-1.amazonaws.com/");
  await page.screenshot({ path: testInfo.outputPath("ecr-repositories.png"), fullPage: true });

  await row.getByRole("link", { name: repository }).click();
  const uri = (await page.getByTestId("repository-uri").textContent()) ?? "";
  expect(uri).toContain(`/${repository}`);
  const commands = page.getByTestId("push-command");
  await expect(commands).toHaveCount(3);
  await expect(commands.nth(2)).toHaveText(`docker push ${uri}:latest`);
  await expect(page.getByTestId("images")).toContainText("No images yet");
  await page.screenshot({ path: testInfo.outputPath("ecr-repository.png"), fullPage: true });

  // Deleted from its own page, with the list's dialog; back on the list it is gone.
  await page.getByTestId("delete-repository").click();
  await expect(page.getByText("The repository is empty.")).toBeVisible();
  await page.getByTestId("confirm").click();
  await expect(page).toHaveURL(/\/ecr$/);
  await expect(row).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("ecr-deleted.png"), fullPage: true });
});

test("create an ECS cluster by clicking; deleting it explains its services first", async ({
  page,
}, testInfo) => {
  await page.goto("/ecs");
  await page.getByTestId("create-cluster").click();
  await page.getByTestId("cluster-name").fill(cluster);
  await page.getByTestId("create-cluster-submit").click();

  const row = page.locator(`[data-testid="cluster-row"][data-name="${cluster}"]`);
  await expect(row).toContainText("ACTIVE");
  await expect(row).toContainText("FARGATE, FARGATE_SPOT");
  await page.screenshot({ path: testInfo.outputPath("ecs-clusters.png"), fullPage: true });

  // A service made outside Slipway, as another person or tool would.
  taskDefinition = await registerTestTaskDefinition(testName("family"));
  const service = testName("svc");
  await createTestService(cluster, service, taskDefinition);

  await row.getByTestId("delete-cluster").click();
  await page.getByTestId("confirm").click();
  const notice = page.getByRole("dialog").getByTestId("error-notice");
  await expect(notice).toContainText(service);
  await expect(notice).toContainText("Delete or scale down the services first");
  await page.screenshot({ path: testInfo.outputPath("ecs-delete-conflict.png"), fullPage: true });

  // With the service gone, the same dialog deletes the cluster.
  await removeTestService(cluster, service);
  await page.getByTestId("confirm").click();
  await expect(row).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("ecs-deleted.png"), fullPage: true });
});

test("picking a profile whose SSO session is missing says how to sign in", async ({
  page,
}, testInfo) => {
  await page.goto("/ecs");
  await expect(page.getByTestId("aws-identity")).toContainText(MOTO_ACCOUNT);

  await page.getByTestId("aws-profile").selectOption("slipway-test-sso");
  const banner = page.getByTestId("aws-unavailable");
  await expect(banner).toContainText("aws sso login --profile slipway-test-sso");
  await expect(page.getByTestId("aws-identity")).toContainText("not signed in");
  await page.screenshot({ path: testInfo.outputPath("aws-sso-expired.png"), fullPage: true });

  await page.getByTestId("aws-profile").selectOption("");
  await expect(banner).toBeHidden();
  await expect(page.getByTestId("aws-identity")).toContainText(MOTO_ACCOUNT);
});
