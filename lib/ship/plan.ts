import "server-only";
import { DescribeRepositoriesCommand } from "@aws-sdk/client-ecr";
import { DescribeTaskDefinitionCommand } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { type FolderContext, readFolderContext } from "@/lib/build/folder";
import { pingEngine } from "@/lib/docker/ping";
import { listSubnets, listVpcs } from "@/lib/ec2/network";
import { getClusterOrThrow } from "@/lib/ecs/clusters";
import { findService } from "@/lib/ecs/services";
import { conflict, isAppError, notFound } from "@/lib/errors";
import { inspectEngineImage } from "@/lib/images/inspect";
import { shipAppName } from "@/lib/ship/app-name";
import { firstDeployForm } from "@/lib/ship/first-deploy";
import { appContainer } from "@/lib/ship/revision";
import type { ShipRequest } from "@/lib/ship/schemas";

// Everything a ship needs is checked before its flow starts: the source, the
// repository, the cluster and service (or, for a first deploy, where they will go).
// A refusal names the problem and nothing has been created yet.

export interface ShipPlan {
  request: ShipRequest;
  app: string;
  region: string;
  /** The local image the push step pushes: the source image, or the one the build makes. */
  image: string;
  build: FolderContext | null;
  /** The repository's URI when it exists; null when the first deploy creates it. */
  repositoryUri: string | null;
  clusterExists: boolean;
  /** The service's current task definition (ARN); null for a first deploy. */
  currentTaskDefinition: string | null;
  /** Subnets of the default VPC, for a first deploy's service. */
  network: { vpcId: string; subnets: string[] } | null;
}

export async function planShip(aws: AwsClients, request: ShipRequest): Promise<ShipPlan> {
  const { source, create } = request;
  // The task definition's form is checked with the image it will get after the push.
  if (create) firstDeployForm(request, `${request.repository}:${request.tag}`);
  await pingEngine();
  const build =
    "folder" in source ? await readFolderContext(source.folder, source.dockerfile) : null;
  const image = "image" in source ? source.image : `${request.repository}:${request.tag}`;
  if ("image" in source) await checkLocalImage(source.image);

  const repositoryUri = await findRepositoryUri(aws, request.repository);
  if (!repositoryUri && !create) {
    throw notFound(
      `repository: there is no ECR repository ${request.repository} in ` +
        `${aws.context.region}. Create it, or ship as a first deploy (create).`,
    );
  }
  const clusterExists = await clusterFound(aws, request.cluster, !create);
  const service = clusterExists ? await findService(aws, request.cluster, request.service) : null;
  const serviceActive = service !== null && service !== undefined && service.status !== "INACTIVE";

  let currentTaskDefinition: string | null = null;
  let taskDefinitionTags: Awaited<ReturnType<typeof checkAppContainer>> = [];
  if (create && serviceActive) {
    throw conflict(
      `service: ${request.service} already exists in ${request.cluster}; ship a new ` +
        "version to it without the first-deploy settings (create).",
    );
  }
  if (!create) {
    if (!serviceActive) {
      throw notFound(
        `service: there is no service ${request.service} in ${request.cluster}. ` +
          "Ship as a first deploy (create) to make it.",
      );
    }
    currentTaskDefinition = service?.taskDefinition ?? null;
    taskDefinitionTags = await checkAppContainer(
      aws,
      currentTaskDefinition ?? "",
      repositoryUri ?? "",
      request,
    );
  }

  return {
    request,
    app: shipAppName(request, { serviceTags: service?.tags, taskDefinitionTags }),
    region: aws.context.region ?? "",
    image,
    build,
    repositoryUri,
    clusterExists,
    currentTaskDefinition,
    network: create ? await defaultNetwork(aws) : null,
  };
}

async function checkLocalImage(image: string): Promise<void> {
  try {
    await inspectEngineImage(image);
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) {
      throw notFound(`source.image: there is no local image ${image} on this engine`);
    }
    throw error;
  }
}

async function findRepositoryUri(aws: AwsClients, name: string): Promise<string | null> {
  try {
    const answer = await aws.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    return answer.repositories?.[0]?.repositoryUri ?? null;
  } catch (error) {
    if (fromAwsError(error)?.code === "not_found") return null;
    throw error;
  }
}

/** Whether the cluster is there; when it must be, its absence is the answer. */
async function clusterFound(aws: AwsClients, cluster: string, required: boolean) {
  try {
    await getClusterOrThrow(aws, cluster);
    return true;
  } catch (error) {
    if (!isAppError(error) || error.code !== "not_found") throw error;
    if (!required) return false;
    throw notFound(
      `cluster: there is no cluster ${cluster} in ${aws.context.region} ` +
        "(ship as a first deploy to create it)",
    );
  }
}

/**
 * The app's container must be found in the current revision before anything is
 * pushed. Answers the revision's tags (its app tag is kept).
 */
async function checkAppContainer(
  aws: AwsClients,
  taskDefinition: string,
  repositoryUri: string,
  request: ShipRequest,
) {
  const answer = await aws.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition, include: ["TAGS"] }),
  );
  const containers = (answer.taskDefinition?.containerDefinitions ?? []).map((c) => ({
    name: c.name ?? "",
    image: c.image ?? "",
  }));
  appContainer(containers, repositoryUri, request.container);
  return answer.tags ?? [];
}

/** A first deploy runs in the default VPC, as the tutorial's service does. */
async function defaultNetwork(aws: AwsClients) {
  const vpc = (await listVpcs(aws)).find((v) => v.isDefault);
  const region = aws.context.region;
  if (!vpc) {
    throw notFound(
      `create: ${region} has no default VPC, which a first deploy runs in. Create the ` +
        "service from its cluster's page with a VPC of your choice instead.",
    );
  }
  const subnets = (await listSubnets(aws, vpc.id)).map((s) => s.id);
  if (subnets.length === 0) throw notFound(`create: the default VPC ${vpc.id} has no subnets`);
  return { vpcId: vpc.id, subnets };
}
