import "server-only";
import type { ContainerDefinition, Tag, TaskDefinition } from "@aws-sdk/client-ecs";
import { iso } from "@/lib/ecr/mappers";
import { cleanPastedDefinition } from "@/lib/ecs/task-definitions/clean-up";
import { formatRef, refFromArn } from "@/lib/ecs/task-definitions/names";

// ECS task definitions mapped to what the pages show. Dates become ISO strings,
// absent values null. `json` is the revision as `aws ecs describe-task-definition`
// prints it; `registerable` is what registering it again would send.

export interface RevisionSummary {
  ref: string;
  family: string;
  revision: number;
  arn: string;
}

export interface FamilySummary {
  family: string;
  /** Newest first. */
  revisions: RevisionSummary[];
  latest: number;
}

export interface ContainerSummary {
  name: string;
  image: string;
  essential: boolean;
  cpu: number | null;
  memory: number | null;
  memoryReservation: number | null;
  ports: Array<{ containerPort: number; hostPort: number | null; protocol: string }>;
  environment: Array<{ name: string; value: string }>;
  logging: { driver: string; options: Record<string, string> } | null;
}

export interface RevisionDetail extends RevisionSummary {
  status: string;
  registeredAt: string | null;
  registeredBy: string | null;
  deregisteredAt: string | null;
  cpu: string | null;
  memory: string | null;
  networkMode: string | null;
  requiresCompatibilities: string[];
  executionRoleArn: string | null;
  taskRoleArn: string | null;
  containers: ContainerSummary[];
  tags: Record<string, string>;
  json: { taskDefinition: unknown; tags: unknown[] };
  registerable: Record<string, unknown>;
}

/** Revision ARNs grouped by family, families by name, revisions newest first. */
export function toFamilies(arns: readonly string[]): FamilySummary[] {
  const families = new Map<string, RevisionSummary[]>();
  for (const arn of arns) {
    const ref = refFromArn(arn);
    if (!ref) continue;
    const list = families.get(ref.family) ?? [];
    list.push({ ...ref, ref: formatRef(ref), arn });
    families.set(ref.family, list);
  }
  return [...families.entries()]
    .map(([family, revisions]) => {
      revisions.sort((a, b) => b.revision - a.revision);
      return { family, revisions, latest: revisions[0]?.revision ?? 0 };
    })
    .sort((a, b) => a.family.localeCompare(b.family));
}

export function toRevisionDetail(definition: TaskDefinition, tags: Tag[] = []): RevisionDetail {
  const family = definition.family ?? "";
  const revision = definition.revision ?? 0;
  // Through JSON, as the CLI prints it: dates as ISO strings, no undefined keys.
  const json = JSON.parse(JSON.stringify({ taskDefinition: definition, tags })) as {
    taskDefinition: unknown;
    tags: unknown[];
  };
  return {
    ref: formatRef({ family, revision }),
    family,
    revision,
    arn: definition.taskDefinitionArn ?? "",
    status: definition.status ?? "UNKNOWN",
    registeredAt: iso(definition.registeredAt),
    registeredBy: definition.registeredBy ?? null,
    deregisteredAt: iso(definition.deregisteredAt),
    cpu: definition.cpu ?? null,
    memory: definition.memory ?? null,
    networkMode: definition.networkMode ?? null,
    requiresCompatibilities: definition.requiresCompatibilities ?? [],
    executionRoleArn: definition.executionRoleArn ?? null,
    taskRoleArn: definition.taskRoleArn ?? null,
    containers: (definition.containerDefinitions ?? []).map(toContainerSummary),
    tags: Object.fromEntries(tags.map((t) => [t.key ?? "", t.value ?? ""])),
    json,
    registerable: cleanPastedDefinition(json).definition,
  };
}

function toContainerSummary(container: ContainerDefinition): ContainerSummary {
  const log = container.logConfiguration;
  return {
    name: container.name ?? "",
    image: container.image ?? "",
    essential: container.essential ?? true,
    cpu: container.cpu ?? null,
    memory: container.memory ?? null,
    memoryReservation: container.memoryReservation ?? null,
    ports: (container.portMappings ?? []).map((p) => ({
      containerPort: p.containerPort ?? 0,
      hostPort: p.hostPort ?? null,
      protocol: p.protocol ?? "tcp",
    })),
    environment: (container.environment ?? []).map((v) => ({
      name: v.name ?? "",
      value: v.value ?? "",
    })),
    logging: log ? { driver: log.logDriver ?? "", options: { ...(log.options ?? {}) } } : null,
  };
}
