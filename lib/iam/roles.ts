import "server-only";
import { ListRolesCommand, type Role } from "@aws-sdk/client-iam";
import type { AwsClients } from "@/lib/aws/clients";
import { fromAwsError } from "@/lib/aws/errors";
import { allPages } from "@/lib/aws/paging";

// IAM roles for the task definition form's execution and task role pickers. Many
// people may use ECS without being allowed to list roles: that is an answer the
// page shows ("type the ARN"), not a failure.

export interface RoleSummary {
  name: string;
  arn: string;
  path: string;
  description: string | null;
  createdAt: string | null;
  /** Its trust policy lets ECS tasks assume it (ecs-tasks.amazonaws.com). */
  trustsEcsTasks: boolean;
}

export type RoleList =
  | { available: true; roles: RoleSummary[] }
  | { available: false; reason: string; roles: [] };

export async function listRoles(aws: AwsClients): Promise<RoleList> {
  let roles: Role[];
  try {
    roles = await allPages<Role>(async (Marker) => {
      const page = await aws.iam.send(new ListRolesCommand({ Marker }));
      return { items: page.Roles, nextToken: page.IsTruncated ? page.Marker : undefined };
    });
  } catch (error) {
    const refused = fromAwsError(error);
    if (refused?.code !== "forbidden") throw error;
    return {
      available: false,
      roles: [],
      reason:
        `Cannot list IAM roles (${refused.message}); type the role's ARN instead, e.g. ` +
        "arn:aws:iam::<account>:role/ecsTaskExecutionRole.",
    };
  }
  const summaries = roles.map(toRoleSummary);
  summaries.sort(
    (a, b) => Number(b.trustsEcsTasks) - Number(a.trustsEcsTasks) || a.name.localeCompare(b.name),
  );
  return { available: true, roles: summaries };
}

export function toRoleSummary(role: Role): RoleSummary {
  return {
    name: role.RoleName ?? "",
    arn: role.Arn ?? "",
    path: role.Path ?? "/",
    description: role.Description ?? null,
    createdAt: role.CreateDate ? role.CreateDate.toISOString() : null,
    trustsEcsTasks: trustsEcsTasks(role.AssumeRolePolicyDocument),
  };
}

/** IAM hands the trust policy out URL-encoded. */
function trustsEcsTasks(document: string | undefined): boolean {
  if (!document) return false;
  let text = document;
  try {
    text = decodeURIComponent(document);
  } catch {
    // Already plain JSON.
  }
  return text.includes("ecs-tasks.amazonaws.com");
}
