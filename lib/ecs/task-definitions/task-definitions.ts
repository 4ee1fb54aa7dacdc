import "server-only";
import {
  DeleteTaskDefinitionsCommand,
  DeregisterTaskDefinitionCommand,
  DescribeTaskDefinitionCommand,
  ListTaskDefinitionsCommand,
  type TaskDefinitionStatus,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages } from "@/lib/aws/paging";
import { diffDefinitions } from "@/lib/ecs/task-definitions/diff";
import {
  type FamilySummary,
  type RevisionDetail,
  toFamilies,
  toRevisionDetail,
} from "@/lib/ecs/task-definitions/mappers";
import { formatRef, type RevisionRef, refFromArn } from "@/lib/ecs/task-definitions/names";
import { AppError, conflict, invalidInput, notFound } from "@/lib/errors";
import { log } from "@/lib/log";

export type ListStatus = "ACTIVE" | "INACTIVE" | "DELETE_IN_PROGRESS";

/** Every family with its revisions of one status (E3: ListTaskDefinitions to its end). */
export async function listFamilies(
  aws: AwsClients,
  status: ListStatus,
  family?: string,
): Promise<FamilySummary[]> {
  const arns = await allPages(async (nextToken) => {
    const page = await aws.ecs.send(
      new ListTaskDefinitionsCommand({ status, familyPrefix: family, nextToken }),
    );
    return { items: page.taskDefinitionArns, nextToken: page.nextToken };
  });
  return toFamilies(arns);
}

/** `family:revision` for a ref; a family alone means its latest ACTIVE revision. */
export async function resolveRef(aws: AwsClients, ref: RevisionRef): Promise<string> {
  if (ref.revision !== null) return formatRef({ family: ref.family, revision: ref.revision });
  // Newest first: the first page holds the latest revision.
  const page = await aws.ecs.send(
    new ListTaskDefinitionsCommand({ familyPrefix: ref.family, status: "ACTIVE", sort: "DESC" }),
  );
  const revisions = (page.taskDefinitionArns ?? [])
    .map(refFromArn)
    .filter((r) => r?.family === ref.family)
    .map((r) => r?.revision ?? 0);
  if (revisions.length === 0) {
    throw notFound(`Task definition family ${ref.family} has no ACTIVE revision`);
  }
  return formatRef({ family: ref.family, revision: Math.max(...revisions) });
}

export async function getRevisionOrThrow(
  aws: AwsClients,
  ref: RevisionRef,
): Promise<RevisionDetail> {
  const name = await resolveRef(aws, ref);
  try {
    const answer = await aws.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: name, include: ["TAGS"] }),
    );
    if (!answer.taskDefinition) throw notFound(`Task definition ${name} not found`);
    return toRevisionDetail(answer.taskDefinition, answer.tags);
  } catch (error) {
    throw unknownRevision(error, name);
  }
}

/** ECS answers an unknown revision with a ClientException; it is a not-found. */
function unknownRevision(error: unknown, name: string): unknown {
  const e = error as { name?: string; message?: string };
  if (e.name === "ClientException" && /Unable to describe task definition/i.test(e.message ?? "")) {
    return notFound(
      `ClientException: Unable to describe task definition ${name}: it does not exist`,
    );
  }
  return error;
}

export interface RemovedRevision {
  ref: string;
  status: string;
  deleted: boolean;
}

/**
 * Deregisters a revision (it turns INACTIVE: running tasks go on, new ones cannot
 * use it). With `remove`, it is then deleted for good (DeleteTaskDefinitions).
 */
export async function deregisterRevision(
  aws: AwsClients,
  ref: RevisionRef,
  remove: boolean,
): Promise<RemovedRevision> {
  if (ref.revision === null) {
    throw invalidInput("Name the revision to deregister or delete: family:revision");
  }
  const name = formatRef({ family: ref.family, revision: ref.revision });
  const current = await getRevisionOrThrow(aws, ref);
  let status = current.status;
  if (status === "ACTIVE") {
    const answer = await aws.ecs.send(
      new DeregisterTaskDefinitionCommand({ taskDefinition: name }),
    );
    status = answer.taskDefinition?.status ?? "INACTIVE";
    log.info("task definition deregistered", { taskDefinition: name, region: aws.context.region });
  }
  if (!remove) return { ref: name, status, deleted: false };

  const answer = await deleteTaskDefinitions(aws, [name]);
  const failure = answer.failures?.[0];
  if (failure) {
    throw conflict(
      `Cannot delete ${name}: ${failure.reason ?? "ECS refused"} ${failure.detail ?? ""}`,
    );
  }
  log.info("task definition deleted", { taskDefinition: name, region: aws.context.region });
  const deleted = answer.taskDefinitions?.[0]?.status ?? "DELETE_IN_PROGRESS";
  return { ref: name, status: deleted as TaskDefinitionStatus, deleted: true };
}

/** DeleteTaskDefinitions for at most 10 deregistered revisions; failures come in the answer. */
export async function deleteTaskDefinitions(aws: AwsClients, names: string[]) {
  try {
    return await aws.ecs.send(new DeleteTaskDefinitionsCommand({ taskDefinitions: names }));
  } catch (error) {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    // An ECS stand-in (or an old partition) without the operation: say so plainly.
    if (
      /UnknownOperation|NotImplemented/.test(e.name ?? "") ||
      e.$metadata?.httpStatusCode === 501
    ) {
      throw new AppError(
        "upstream_error",
        `The ECS endpoint does not offer DeleteTaskDefinitions (${e.name}): ` +
          `${names.join(", ")} deregistered but not deleted`,
      );
    }
    throw error;
  }
}

/** The changes from one revision's registerable parts to another's. */
export async function diffRevisions(aws: AwsClients, from: RevisionRef, to: RevisionRef) {
  const [a, b] = await Promise.all([getRevisionOrThrow(aws, from), getRevisionOrThrow(aws, to)]);
  return { from: a.ref, to: b.ref, changes: diffDefinitions(a.registerable, b.registerable) };
}
