import "server-only";
import type { Service } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import type { RollbackSource, RollbackTarget } from "@/lib/ecs/rollback-types";
import { sameRevision } from "@/lib/ecs/rollout-judge";
import { clusterNameOf, serviceNameOf, taskDefinitionNameOf } from "@/lib/ecs/service-schemas";
import { findService } from "@/lib/ecs/services";
import { listRevisions } from "@/lib/ecs/task-definition-choices";
import { conflict, notFound } from "@/lib/errors";
import { listFlows } from "@/lib/flows/query";

// Where a rollback goes: the revision of the service's previous successful
// deployment. Slipway's own history knows it best (the last ship or rollback that
// succeeded with another revision); else ECS may still list the older deployment
// (during a rollout); else the revision before the current one in its family.
// Only ACTIVE revisions qualify: ECS starts no new tasks from an INACTIVE one.

/** The revision to roll back to; a conflict naming what was looked at when there is none. */
export async function findRollbackTarget(
  aws: AwsClients,
  cluster: string,
  service: string,
): Promise<RollbackTarget> {
  const found = await findService(aws, cluster, service).catch((error) => {
    if (fromAwsError(error)?.code !== "not_found") throw error;
    throw notFound(
      `cluster: there is no cluster ${clusterNameOf(cluster)} in ${aws.context.region}`,
    );
  });
  if (!found || found.status === "INACTIVE") {
    throw notFound(
      `service: there is no service ${serviceNameOf(service)} in cluster ${clusterNameOf(cluster)}`,
    );
  }
  const current = found.taskDefinition ?? "";
  const names = {
    cluster: clusterNameOf(cluster),
    service: found.serviceName ?? serviceNameOf(service),
  };
  const family = familyOf(current);
  const active = activeRevisions(aws);
  const usable = async (arn: string) =>
    !sameRevision(arn, current) && (await active(familyOf(arn))).has(taskDefinitionNameOf(arn));
  const target = (
    arn: string,
    source: RollbackSource,
    sourceNote: string,
    sourceFlow?: RollbackTarget["sourceFlow"],
  ): RollbackTarget => ({
    ...names,
    taskDefinitionArn: arn,
    taskDefinition: taskDefinitionNameOf(arn),
    revision: revisionOf(arn),
    currentTaskDefinitionArn: current,
    currentTaskDefinition: taskDefinitionNameOf(current),
    source,
    sourceNote,
    ...(sourceFlow ? { sourceFlow } : {}),
  });

  const shipped = await fromHistory(names, usable);
  if (shipped) return target(shipped.arn, "history", shipped.note, shipped.flow);
  const older = await fromDeployments(found, usable);
  if (older) return target(older.arn, "deployments", older.note);
  const previous = fromFamily(current, await active(family));
  if (previous) return target(previous.arn, "previous-revision", previous.note);

  throw conflict(
    `Nothing to roll back to: ${names.service} runs ${taskDefinitionNameOf(current)}, Slipway has ` +
      "no earlier successful ship or rollback of it with another revision, ECS lists no older " +
      `deployment, and ${family} has no ACTIVE revision before ${revisionOf(current)}.`,
  );
}

type Usable = (arn: string) => Promise<boolean>;

/** ACTIVE `family:revision` names of a family, listed once per family. */
function activeRevisions(aws: AwsClients) {
  const listed = new Map<string, Promise<Set<string>>>();
  return (family: string) => {
    let revisions = listed.get(family);
    if (!revisions) {
      revisions = listRevisions(aws, family).then((r) => new Set(r.map((x) => x.taskDefinition)));
      listed.set(family, revisions);
    }
    return revisions;
  };
}

interface Candidate {
  arn: string;
  note: string;
  flow?: RollbackTarget["sourceFlow"];
}

async function fromHistory(
  names: { cluster: string; service: string },
  usable: Usable,
): Promise<Candidate | null> {
  const flows = await listFlows({ kind: ["ship", "rollback"] });
  for (const flow of flows) {
    const subject = flow.subject;
    if (flow.state !== "succeeded") continue;
    if (serviceNameOf(subject.service ?? "") !== names.service) continue;
    if (clusterNameOf(subject.cluster ?? "") !== names.cluster) continue;
    const arn = flow.result.taskDefinitionArn;
    if (typeof arn !== "string" || !(await usable(arn))) continue;
    const when = flow.endedAt ?? flow.createdAt;
    return {
      arn,
      note: `Slipway's history: the ${flow.kind} of ${when} (flow ${flow.id})`,
      flow: { id: flow.id, kind: flow.kind, at: when },
    };
  }
  return null;
}

async function fromDeployments(service: Service, usable: Usable): Promise<Candidate | null> {
  const older = (service.deployments ?? [])
    .filter((d) => d.status !== "PRIMARY")
    .sort((a, b) => new Date(b.createdAt ?? 0).getTime() - new Date(a.createdAt ?? 0).getTime());
  for (const deployment of older) {
    const arn = deployment.taskDefinition;
    if (!arn || !(await usable(arn))) continue;
    return {
      arn,
      note: `ECS's deployments: ${deployment.id} (${deployment.status}) before the primary one`,
    };
  }
  return null;
}

function fromFamily(current: string, active: ReadonlySet<string>): Candidate | null {
  const family = familyOf(current);
  const revision = revisionOf(current);
  const earlier = [...active]
    .map(revisionOf)
    .filter((r) => r < revision)
    .sort((a, b) => b - a)[0];
  if (earlier === undefined) return null;
  // The ARN of the earlier revision: the current one's with the revision swapped.
  const arn = `${current.slice(0, current.lastIndexOf(":"))}:${earlier}`;
  return {
    arn,
    note:
      `the revision before ${taskDefinitionNameOf(current)} in ${family}: ` +
      "Slipway has no history of this service and ECS lists no older deployment",
  };
}

const familyOf = (ref: string) => {
  const name = taskDefinitionNameOf(ref);
  return name.slice(0, name.lastIndexOf(":"));
};
const revisionOf = (ref: string) => Number(ref.slice(ref.lastIndexOf(":") + 1));
