import "server-only";
import { ListTaskDefinitionFamiliesCommand, ListTaskDefinitionsCommand } from "@aws-sdk/client-ecs";
import type { AwsClients } from "@/lib/aws/clients";
import { allPages } from "@/lib/aws/paging";
import { taskDefinitionNameOf } from "@/lib/ecs/service-schemas";
import { taskDefinitionForField } from "@/lib/ecs/task-definition-lookup";

// What the create-service form offers: families, their ACTIVE revisions, and
// for the chosen revision what decides the rest of the form (network mode,
// launch types, container ports).

export interface RevisionChoice {
  /** `family:revision`. */
  taskDefinition: string;
  revision: number;
}

export interface TaskDefinitionChoice {
  taskDefinition: string;
  family: string;
  revision: number;
  networkMode: string;
  compatibilities: string[];
  cpu: string | null;
  memory: string | null;
  containerPorts: Array<{ containerName: string; containerPort: number; protocol: string }>;
}

export async function listFamilies(aws: AwsClients): Promise<string[]> {
  const families = await allPages(async (nextToken) => {
    const page = await aws.ecs.send(
      new ListTaskDefinitionFamiliesCommand({ status: "ACTIVE", nextToken }),
    );
    return { items: page.families, nextToken: page.nextToken };
  });
  return [...new Set(families)].sort((a, b) => a.localeCompare(b));
}

/** ACTIVE revisions of one family, newest first. */
export async function listRevisions(aws: AwsClients, family: string): Promise<RevisionChoice[]> {
  const arns = await allPages(async (nextToken) => {
    const page = await aws.ecs.send(
      new ListTaskDefinitionsCommand({ familyPrefix: family, status: "ACTIVE", nextToken }),
    );
    return { items: page.taskDefinitionArns, nextToken: page.nextToken };
  });
  return arns
    .map((arn) => taskDefinitionNameOf(arn))
    .filter((name) => name.slice(0, name.lastIndexOf(":")) === family)
    .map((name) => ({ taskDefinition: name, revision: Number(name.split(":").pop()) }))
    .sort((a, b) => b.revision - a.revision);
}

export async function describeChoice(aws: AwsClients, ref: string): Promise<TaskDefinitionChoice> {
  const definition = await taskDefinitionForField(aws, ref, "taskDefinition");
  return {
    taskDefinition: `${definition.family}:${definition.revision}`,
    family: definition.family ?? "",
    revision: definition.revision ?? 0,
    networkMode: definition.networkMode ?? "bridge",
    compatibilities: definition.compatibilities ?? definition.requiresCompatibilities ?? [],
    cpu: definition.cpu ?? null,
    memory: definition.memory ?? null,
    containerPorts: (definition.containerDefinitions ?? []).flatMap((container) =>
      (container.portMappings ?? []).flatMap((mapping) =>
        mapping.containerPort === undefined
          ? []
          : [
              {
                containerName: container.name ?? "",
                containerPort: mapping.containerPort,
                protocol: mapping.protocol ?? "tcp",
              },
            ],
      ),
    ),
  };
}
