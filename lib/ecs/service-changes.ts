import "server-only";
import {
  CreateServiceCommand,
  DeleteServiceCommand,
  type Service,
  UpdateServiceCommand,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { ecsTags } from "@/lib/aws/tags";
import { getClusterOrThrow } from "@/lib/ecs/clusters";
import { toServiceDetail } from "@/lib/ecs/service-mappers";
import {
  checkServiceChange,
  deletionPlan,
  type ServiceFacts,
  serviceNetworkFor,
} from "@/lib/ecs/service-rules";
import type { NewService, ServiceChange } from "@/lib/ecs/service-schemas";
import type { ServiceDeletion, ServiceDetail } from "@/lib/ecs/service-types";
import { findService, findServiceOrThrow, getService } from "@/lib/ecs/services";
import { taskDefinitionFacts, taskDefinitionForField } from "@/lib/ecs/task-definition-lookup";
import { AppError, conflict, invalidInput, isAppError } from "@/lib/errors";
import { log } from "@/lib/log";

/**
 * Creates a service from a task definition that is read first: its network mode
 * decides whether subnets are needed. Tagged for its app; tasks inherit the tags.
 */
export async function createService(
  aws: AwsClients,
  cluster: string,
  input: NewService,
): Promise<ServiceDetail> {
  await getClusterOrThrow(aws, cluster);
  const definition = await taskDefinitionForField(aws, input.taskDefinition, "taskDefinition");
  const network = serviceNetworkFor(taskDefinitionFacts(definition), input);
  // ECS answers a second CreateService of an active name as "not idempotent"; say it plainly.
  const existing = await findService(aws, cluster, input.name);
  if (existing && existing.status !== "INACTIVE") {
    throw conflict(
      `A service named ${input.name} already exists in ${cluster} (${existing.status}).`,
    );
  }

  const answer = await aws.ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: input.name,
      taskDefinition: definition.taskDefinitionArn,
      desiredCount: input.desiredCount,
      launchType: input.launchType,
      ...(network ? { networkConfiguration: { awsvpcConfiguration: network } } : {}),
      tags: ecsTags(input.app ?? input.name),
      propagateTags: "SERVICE",
    }),
  );
  log.info("ecs service created", { cluster, service: input.name, region: aws.context.region });
  return toServiceDetail(answer.service ?? { serviceName: input.name });
}

export async function updateService(
  aws: AwsClients,
  cluster: string,
  service: string,
  change: ServiceChange,
): Promise<ServiceDetail> {
  const current = await findServiceOrThrow(aws, cluster, service);
  checkServiceChange(factsOf(current), change);
  let taskDefinition: string | undefined;
  if (change.taskDefinition) {
    const definition = await taskDefinitionForField(aws, change.taskDefinition, "taskDefinition");
    if (definition.status !== "ACTIVE") {
      throw invalidInput(`taskDefinition: ${change.taskDefinition} is ${definition.status}`);
    }
    taskDefinition = definition.taskDefinitionArn;
  }

  const name = current.serviceName ?? service;
  await aws.ecs.send(
    new UpdateServiceCommand({
      cluster,
      service: name,
      desiredCount: change.desiredCount,
      taskDefinition,
      forceNewDeployment: change.forceNewDeployment,
    }),
  );
  log.info("ecs service updated", { cluster, service: name, ...change });
  return getService(aws, cluster, name);
}

/** Deletes a service as `deletionPlan` says, and answers what was done. */
export async function deleteService(
  aws: AwsClients,
  cluster: string,
  service: string,
  forceAsked: boolean,
): Promise<ServiceDeletion> {
  const current = await findServiceOrThrow(aws, cluster, service);
  const name = current.serviceName ?? service;
  const facts = factsOf(current);
  const plan = deletionPlan(facts, forceAsked);
  const steps: string[] = [];

  if (plan.scaleToZero) {
    await aws.ecs.send(new UpdateServiceCommand({ cluster, service: name, desiredCount: 0 }));
    steps.push(`scaled from ${facts.desiredCount} to 0`);
  }
  let deleted: Service | undefined;
  try {
    const answer = await aws.ecs.send(
      new DeleteServiceCommand({ cluster, service: name, force: plan.force }),
    );
    deleted = answer.service;
  } catch (error) {
    if (!plan.scaleToZero) throw error;
    const cause = isAppError(error) ? error : fromAwsError(error);
    if (!cause) throw error;
    throw new AppError(
      cause.code,
      `${name} was scaled to 0, but deleting it failed: ${cause.message}`,
    );
  }
  steps.push(plan.force ? "deleted with force (ECS stops its tasks)" : "deleted");
  if (plan.note) steps.push(plan.note);
  log.info("ecs service deleted", { cluster, service: name, force: plan.force, steps });

  return {
    service: name,
    cluster,
    steps,
    forced: plan.force,
    scaledFrom: plan.scaleToZero ? facts.desiredCount : null,
    status: deleted?.status ?? "DRAINING",
  };
}

function factsOf(service: Service): ServiceFacts {
  return {
    name: service.serviceName ?? "",
    schedulingStrategy: service.schedulingStrategy ?? "REPLICA",
    desiredCount: service.desiredCount ?? 0,
  };
}
