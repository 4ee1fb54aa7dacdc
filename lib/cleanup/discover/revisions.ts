import "server-only";
import {
  DescribeTaskDefinitionCommand,
  ListTaskDefinitionFamiliesCommand,
  ListTaskDefinitionsCommand,
  type TaskDefinition,
  type TaskDefinitionStatus,
} from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { allPages, mapLimited } from "@/lib/aws/paging";
import { APP_TAG } from "@/lib/aws/tags";
import { ecsTagMap } from "@/lib/cleanup/discover/ecs";
import type { LogTarget, RevisionFact } from "@/lib/cleanup/facts";
import { refFromArn } from "@/lib/ecs/task-definitions/names";

// Task definition revisions: every ACTIVE and INACTIVE one of a family, described
// with its tags, images and awslogs groups. Families are matched whole: a family
// prefix list is filtered to the exact name.

export async function familyRevisionArns(aws: AwsClients, family: string): Promise<string[]> {
  const arns: string[] = [];
  for (const status of ["ACTIVE", "INACTIVE"] as const) {
    arns.push(...(await revisionArns(aws, family, status)));
  }
  return arns;
}

async function revisionArns(aws: AwsClients, family: string, status: TaskDefinitionStatus) {
  const arns = await allPages(async (nextToken) => {
    const page = await aws.ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: family, status, nextToken }),
    );
    return { items: page.taskDefinitionArns, nextToken: page.nextToken };
  });
  return arns.filter((arn) => refFromArn(arn)?.family === family);
}

/** The revisions behind these ARNs; one deleted meanwhile is left out. */
export async function revisionFacts(
  aws: AwsClients,
  arns: readonly string[],
): Promise<RevisionFact[]> {
  const unique = [...new Set(arns)];
  const found = await mapLimited(unique, 4, async (taskDefinition) => {
    try {
      const answer = await aws.ecs.send(
        new DescribeTaskDefinitionCommand({ taskDefinition, include: ["TAGS"] }),
      );
      return answer.taskDefinition ? toRevisionFact(answer.taskDefinition, answer.tags) : null;
    } catch (error) {
      const code = fromAwsError(error)?.code;
      if (code === "not_found" || code === "invalid_input") return null;
      throw error;
    }
  });
  return found.filter((r): r is RevisionFact => r !== null && r.status !== "DELETE_IN_PROGRESS");
}

function toRevisionFact(
  definition: TaskDefinition,
  tags: Parameters<typeof ecsTagMap>[0],
): RevisionFact {
  const containers = definition.containerDefinitions ?? [];
  const logGroups = new Map<string, LogTarget>();
  for (const container of containers) {
    const config = container.logConfiguration;
    const group = config?.options?.["awslogs-group"];
    if (config?.logDriver !== "awslogs" || !group) continue;
    const region = config.options?.["awslogs-region"] ?? null;
    logGroups.set(`${region}\n${group}`, { group, region });
  }
  return {
    arn: definition.taskDefinitionArn ?? "",
    family: definition.family ?? "",
    revision: definition.revision ?? 0,
    status: definition.status ?? "ACTIVE",
    tags: ecsTagMap(tags),
    images: containers.map((c) => c.image ?? "").filter(Boolean),
    logGroups: [...logGroups.values()],
  };
}

/** Families whose newest revision carries `slipway:app=<app>`: one describe per family. */
export async function familiesTaggedFor(aws: AwsClients, app: string): Promise<string[]> {
  const families = await allPages(async (nextToken) => {
    const page = await aws.ecs.send(
      new ListTaskDefinitionFamiliesCommand({ status: "ALL", nextToken }),
    );
    return { items: page.families, nextToken: page.nextToken };
  });
  const tagged = await mapLimited(families, 4, async (family) => {
    const newest = await newestRevisionArn(aws, family);
    if (!newest) return null;
    const [fact] = await revisionFacts(aws, [newest]);
    return fact?.tags[APP_TAG] === app ? family : null;
  });
  return tagged.filter((f): f is string => f !== null);
}

async function newestRevisionArn(aws: AwsClients, family: string): Promise<string | null> {
  for (const status of ["ACTIVE", "INACTIVE"] as const) {
    // Newest first: the first page holds the newest revision.
    const page = await aws.ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: family, status, sort: "DESC" }),
    );
    const revisions = (page.taskDefinitionArns ?? [])
      .map((arn) => ({ arn, ref: refFromArn(arn) }))
      .filter((r) => r.ref?.family === family)
      .sort((a, b) => (b.ref?.revision ?? 0) - (a.ref?.revision ?? 0));
    if (revisions[0]) return revisions[0].arn;
  }
  return null;
}
