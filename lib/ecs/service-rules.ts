import type { NewService, ServiceChange } from "@/lib/ecs/service-schemas";
import { invalidInput } from "@/lib/errors";

// The rules Slipway checks itself before asking ECS, so that a refusal names the
// field at fault and says what would work. Pure: unit-tested without AWS.

export interface ServiceFacts {
  name: string;
  /** REPLICA or DAEMON. */
  schedulingStrategy: string;
  desiredCount: number;
}

/** A DAEMON service runs one task per container instance: there is no count to set. */
export function checkServiceChange(service: ServiceFacts, change: ServiceChange): void {
  if (service.schedulingStrategy === "DAEMON" && change.desiredCount !== undefined) {
    throw invalidInput(
      `desiredCount: ${service.name} is a DAEMON service, which runs one task on each ` +
        "container instance; its count cannot be set. Change the revision or force a new " +
        "deployment instead.",
    );
  }
}

export interface DeletionPlan {
  /** Set the desired count to 0 before deleting (ECS refuses a scaled service without force). */
  scaleToZero: boolean;
  force: boolean;
  /** Why a DAEMON service was deleted with force although force was not asked for. */
  note: string | null;
}

/**
 * Without force a REPLICA service is scaled to 0 first, then deleted; with force
 * ECS deletes it as it is and stops its tasks. A DAEMON service is never scaled:
 * it is always deleted with force.
 */
export function deletionPlan(service: ServiceFacts, forceAsked: boolean): DeletionPlan {
  if (service.schedulingStrategy === "DAEMON") {
    return {
      scaleToZero: false,
      force: true,
      note: forceAsked ? null : "DAEMON services cannot be scaled, so it was deleted with force",
    };
  }
  if (forceAsked) return { scaleToZero: false, force: true, note: null };
  return { scaleToZero: service.desiredCount > 0, force: false, note: null };
}

export interface TaskDefinitionFacts {
  /** `family:revision`. */
  name: string;
  /** awsvpc, bridge, host or none; ECS leaves it out for the default, bridge. */
  networkMode: string | undefined;
  /** The launch types ECS found it compatible with. */
  compatibilities: string[] | undefined;
  status: string | undefined;
}

export interface AwsVpcNetwork {
  subnets: string[];
  securityGroups?: string[];
  assignPublicIp?: "ENABLED" | "DISABLED";
}

/**
 * The network configuration a new service needs, read from its task definition:
 * subnets (and optionally security groups and a public IP) for awsvpc, nothing
 * for the other modes.
 */
export function serviceNetworkFor(
  taskDefinition: TaskDefinitionFacts,
  input: Pick<NewService, "launchType" | "subnets" | "securityGroups" | "assignPublicIp">,
): AwsVpcNetwork | undefined {
  const mode = taskDefinition.networkMode ?? "bridge";
  const name = taskDefinition.name;
  if (taskDefinition.status && taskDefinition.status !== "ACTIVE") {
    throw invalidInput(`taskDefinition: ${name} is ${taskDefinition.status}; pick an ACTIVE one`);
  }
  const compatible = taskDefinition.compatibilities;
  if (compatible && compatible.length > 0 && !compatible.includes(input.launchType)) {
    throw invalidInput(
      `launchType: ${name} cannot run on ${input.launchType} ` +
        `(it is compatible with ${compatible.join(", ")})`,
    );
  }
  if (input.launchType === "FARGATE" && mode !== "awsvpc") {
    throw invalidInput(
      `launchType: FARGATE runs only task definitions with the awsvpc network mode; ${name} ` +
        `uses ${mode}`,
    );
  }
  const asked = input.subnets?.length || input.securityGroups?.length;
  if (mode !== "awsvpc") {
    if (asked || input.assignPublicIp !== undefined) {
      throw invalidInput(
        `subnets: ${name} uses the ${mode} network mode, which takes no subnets, security ` +
          "groups or public IP: leave them out",
      );
    }
    return undefined;
  }
  if (!input.subnets || input.subnets.length === 0) {
    throw invalidInput(
      `subnets: ${name} uses the awsvpc network mode: name at least one subnet ` +
        "(GET /api/ec2/subnets?vpc= lists them)",
    );
  }
  if (input.launchType !== "FARGATE" && input.assignPublicIp) {
    throw invalidInput(
      "assignPublicIp: only FARGATE tasks get a public IP of their own; on EC2 the " +
        "instance's address is used",
    );
  }
  return {
    subnets: input.subnets,
    ...(input.securityGroups?.length ? { securityGroups: input.securityGroups } : {}),
    ...(input.launchType === "FARGATE"
      ? { assignPublicIp: input.assignPublicIp ? "ENABLED" : "DISABLED" }
      : {}),
  };
}
