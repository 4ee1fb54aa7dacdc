import { desiredCount, type NewService, serviceName } from "@/lib/ecs/service-schemas";

// The create-service form's state and what it sends. Pure, so the rules that
// shape the request (network fields only for awsvpc) read in one place.

export interface ServiceFormState {
  family: string;
  /** `family:revision`. */
  taskDefinition: string;
  name: string;
  desiredCount: string;
  launchType: "FARGATE" | "EC2";
  vpcId: string;
  subnets: string[];
  groupMode: "create" | "existing";
  groupId: string;
  groupName: string;
  assignPublicIp: boolean;
  app: string;
}

export const initialServiceForm: ServiceFormState = {
  family: "",
  taskDefinition: "",
  name: "",
  desiredCount: "1",
  launchType: "FARGATE",
  vpcId: "",
  subnets: [],
  groupMode: "create",
  groupId: "",
  groupName: "",
  assignPublicIp: true,
  app: "",
};

/** What the chosen revision says about the rest of the form. */
export interface RevisionShape {
  networkMode: string;
  compatibilities: string[];
  containerPorts: Array<{ containerName: string; containerPort: number; protocol: string }>;
}

export const needsNetwork = (shape: RevisionShape | undefined) => shape?.networkMode === "awsvpc";

export const tcpPortsOf = (shape: RevisionShape | undefined) => [
  ...new Set(
    (shape?.containerPorts ?? []).filter((p) => p.protocol === "tcp").map((p) => p.containerPort),
  ),
];

/** The security group name offered when none is typed. */
export const defaultGroupName = (state: ServiceFormState) => `${state.name || "service"}-sg`;

/**
 * The name of the group to be made when the VPC already holds one by that name: EC2 would refuse
 * it only after the click, so the form says it first. Null when the name is free.
 */
export function takenGroupName(state: ServiceFormState, groupNames: readonly string[]) {
  if (state.groupMode !== "create") return null;
  const name = state.groupName.trim() || defaultGroupName(state);
  return groupNames.includes(name) ? name : null;
}

/** The first problem with the form as it stands, by field, or null when it can be sent. */
export function formProblem(
  state: ServiceFormState,
  shape: RevisionShape | undefined,
  groupNames: readonly string[] = [],
) {
  if (!state.taskDefinition) return { field: "taskDefinition", message: "Pick a task definition" };
  const name = serviceName.safeParse(state.name);
  if (!name.success) return { field: "name", message: name.error.issues[0]?.message ?? "" };
  const count = desiredCount.safeParse(Number(state.desiredCount));
  if (state.desiredCount.trim() === "" || !count.success) {
    return { field: "desiredCount", message: count.error?.issues[0]?.message ?? "Give a count" };
  }
  if (needsNetwork(shape)) {
    if (!state.vpcId) return { field: "vpc", message: "Pick a VPC" };
    if (state.subnets.length === 0)
      return { field: "subnets", message: "Pick at least one subnet" };
    if (state.groupMode === "existing" && !state.groupId) {
      return { field: "securityGroup", message: "Pick a security group" };
    }
    const taken = takenGroupName(state, groupNames);
    if (taken) {
      const message = `This VPC already has a group named ${taken}: choose "Use an existing group"`;
      return { field: "securityGroup", message };
    }
  }
  return null;
}

export function serviceRequestOf(
  state: ServiceFormState,
  shape: RevisionShape | undefined,
  securityGroupId: string | null,
): NewService {
  const network = needsNetwork(shape)
    ? {
        subnets: state.subnets,
        ...(securityGroupId ? { securityGroups: [securityGroupId] } : {}),
        ...(state.launchType === "FARGATE" ? { assignPublicIp: state.assignPublicIp } : {}),
      }
    : {};
  return {
    name: state.name,
    taskDefinition: state.taskDefinition,
    desiredCount: Number(state.desiredCount),
    launchType: state.launchType,
    ...network,
    ...(state.app.trim() ? { app: state.app.trim() } : {}),
  };
}
