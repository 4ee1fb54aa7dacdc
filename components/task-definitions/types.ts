import { seg } from "@/lib/client/api";
import { type AwsScope, awsKeys } from "@/lib/client/query-keys";

// What the task definition routes answer, as the pages use it, and their cache keys.

export type { DefinitionChange } from "@/lib/ecs/task-definitions/diff";
export type {
  ContainerSummary,
  FamilySummary,
  RevisionDetail,
  RevisionSummary,
} from "@/lib/ecs/task-definitions/mappers";
export type { Registered } from "@/lib/ecs/task-definitions/register";
export type { RoleList, RoleSummary } from "@/lib/iam/roles";

export type RevisionStatus = "ACTIVE" | "INACTIVE";

export const taskDefinitionPath = (ref: string) => `/api/ecs/task-definitions/${seg(ref)}`;
export const revisionPage = (ref: string) => `/ecs/task-definitions/${seg(ref)}`;
export const newRevisionPage = (from?: string) =>
  `/ecs/task-definitions/new${from ? `?from=${seg(from)}` : ""}`;

export const taskDefinitionKeys = {
  all: (s: AwsScope) => [...awsKeys.scope(s), "ecs", "task-definitions"] as const,
  families: (s: AwsScope, status: RevisionStatus, family = "") =>
    [...taskDefinitionKeys.all(s), "families", status, family] as const,
  revision: (s: AwsScope, ref: string) => [...taskDefinitionKeys.all(s), "revision", ref] as const,
  diff: (s: AwsScope, from: string, to: string) =>
    [...taskDefinitionKeys.all(s), "diff", from, to] as const,
  roles: (s: AwsScope) => [...awsKeys.scope(s), "iam", "roles"] as const,
};
