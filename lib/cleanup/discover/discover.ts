import "server-only";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { securityGroupFacts } from "@/lib/cleanup/discover/ec2";
import { repositoryFacts } from "@/lib/cleanup/discover/ecr";
import { clusterFacts, runningTasks, serviceFacts } from "@/lib/cleanup/discover/ecs";
import { localFacts } from "@/lib/cleanup/discover/local";
import { logGroupFacts } from "@/lib/cleanup/discover/logs";
import {
  familiesTaggedFor,
  familyRevisionArns,
  revisionFacts,
} from "@/lib/cleanup/discover/revisions";
import type { CleanupFacts } from "@/lib/cleanup/facts";
import { logGroupsOf } from "@/lib/cleanup/plan-log-groups";
import {
  appOfTarget,
  clustersInScope,
  familiesInScope,
  isService,
  servicesInScope,
} from "@/lib/cleanup/scope";
import type { CleanupTarget, ConfirmedNames } from "@/lib/cleanup/types";
import { shortName } from "@/lib/ecs/names";
import { notFound } from "@/lib/errors";
import { parseImageReference } from "@/lib/images/reference";

// Finds what a plan needs, asking AWS only about what the target can reach: the
// region's clusters and services (all of them: another service may use what this
// one leaves), the families in scope, and the repositories, log groups and security
// groups those name or that carry the app's tag.

export interface DiscoverRequest {
  target: CleanupTarget;
  names: ConfirmedNames;
  local: boolean;
  aws: boolean;
}

export async function discover(
  aws: AwsClients,
  request: DiscoverRequest,
): Promise<{ facts: CleanupFacts; app: string | null; notes: string[] }> {
  const { target, names } = request;
  const facts: CleanupFacts = {
    region: aws.context.region ?? "",
    clusters: [],
    services: [],
    tasks: [],
    revisions: [],
    taggedFamilies: [],
    repositories: [],
    logGroups: [],
    securityGroups: [],
    local: request.local ? await localFacts() : null,
  };
  if (!request.aws) {
    // Local only: the app's repositories still say which local images are its own.
    const app = target.kind === "app" ? target.app : null;
    try {
      facts.repositories = await repositoryFacts(aws, { taggedFor: app, names: [], uris: [] });
      return { facts, app, notes: [] };
    } catch (error) {
      const reason = fromAwsError(error);
      if (reason?.code !== "aws_unavailable") throw error;
      const note = `AWS is out of reach (${reason.message}): only local resources labelled slipway.app=${app} are planned, not copies of the app's ECR images.`;
      return { facts, app, notes: [note] };
    }
  }

  facts.clusters = await clusterFacts(aws);
  facts.services = await serviceFacts(aws, facts.clusters);
  checkTargetExists(target, facts);
  const app = appOfTarget(target, facts.services, facts.clusters);
  const appTarget = target.kind === "app" ? target.app : null;

  const removed = servicesInScope(target, names, facts.services);
  facts.taggedFamilies = appTarget ? await familiesTaggedFor(aws, appTarget) : [];
  const families = familiesInScope(removed, names, facts.taggedFamilies);
  const familyArns = (await Promise.all(families.map((f) => familyRevisionArns(aws, f)))).flat();
  const inUse = facts.services.flatMap((s) => s.taskDefinitions);
  facts.revisions = await revisionFacts(aws, [...familyArns, ...inUse]);

  const inScope = facts.revisions.filter((r) => families.includes(r.family));
  const uris = inScope.flatMap((r) => r.images.map((i) => parseImageReference(i).repository));
  facts.repositories = await repositoryFacts(aws, {
    taggedFor: appTarget,
    names: names.repositories,
    uris: [...new Set(uris)],
  });
  facts.logGroups = await logGroupFacts(aws, {
    taggedFor: appTarget,
    names: [...names.logGroups, ...inScope.flatMap((r) => logGroupsOf(r, facts.region))],
  });
  facts.securityGroups = await securityGroupFacts(aws, {
    taggedFor: appTarget,
    ids: removed.flatMap((s) => s.securityGroups),
    names: names.securityGroups,
  });

  const clusters = new Set([
    ...removed.map((s) => s.cluster),
    ...clustersInScope(target, names, facts.clusters).map((c) => c.name),
  ]);
  facts.tasks = (await Promise.all([...clusters].map((c) => runningTasks(aws, c)))).flat();
  return { facts, app, notes: [] };
}

function checkTargetExists(target: CleanupTarget, facts: CleanupFacts): void {
  if (target.kind === "service") {
    if (!facts.services.some((s) => isService(s, target.cluster, target.service))) {
      throw notFound(
        `ServiceNotFoundException: no active service ${shortName(target.service)} in cluster ` +
          `${shortName(target.cluster)} (deleted services stay listed as INACTIVE for a while)`,
      );
    }
  }
  if (target.kind === "cluster") {
    if (!facts.clusters.some((c) => c.name === shortName(target.cluster))) {
      throw notFound(`ClusterNotFoundException: no active cluster ${shortName(target.cluster)}`);
    }
  }
}
