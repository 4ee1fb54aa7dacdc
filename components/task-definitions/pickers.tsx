"use client";

import { useQuery } from "@tanstack/react-query";
import { INPUT } from "@/components/aws/field";
import { useAwsScope } from "@/components/aws/use-aws";
import { useRepositories } from "@/components/ecr/use-repositories";
import { type RoleList, taskDefinitionKeys } from "@/components/task-definitions/types";
import { getJson } from "@/lib/client/api";
import { plural } from "@/lib/format/plural";

// Inputs that offer what the account has: ECR repositories for the image, IAM roles
// for the execution and task roles. Anything may still be typed.

export function useRoles() {
  const scope = useAwsScope();
  return useQuery({
    queryKey: taskDefinitionKeys.roles(scope ?? { profile: null, region: null }),
    queryFn: () => getJson<RoleList>("/api/iam/roles"),
    enabled: scope !== null,
    staleTime: 60_000,
  });
}

export function RoleInput({
  id,
  value,
  onChange,
  roles,
  testId,
  placeholder,
}: {
  id: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  roles: RoleList | undefined;
  testId: string;
}) {
  return (
    <>
      <input
        id={id}
        list={`${id}-choices`}
        className={`${INPUT} font-mono`}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value.trim())}
        data-testid={testId}
      />
      <datalist id={`${id}-choices`}>
        {roles?.roles.map((role) => (
          <option key={role.arn} value={role.arn}>
            {role.name}
            {role.trustsEcsTasks ? " (ECS tasks)" : ""}
          </option>
        ))}
      </datalist>
    </>
  );
}

/** The hint under a role field: how many roles there are to pick, or why there are none. */
export function roleHint(roles: RoleList | undefined, error: unknown): string {
  if (error) return "Cannot list IAM roles; type the role's ARN.";
  if (!roles) return "Loading IAM roles…";
  if (!roles.available) return roles.reason;
  const usable = roles.roles.filter((r) => r.trustsEcsTasks).length;
  const count = roles.roles.length;
  const pick = count === 1 ? "Pick the 1 role" : `Pick one of ${plural(count, "role")}`;
  return `${pick} (${usable} trusted by ECS tasks) or type an ARN.`;
}

export function ImageInput({
  value,
  onChange,
  problem,
}: {
  value: string;
  onChange: (value: string) => void;
  problem: boolean;
}) {
  const _scope = useAwsScope();
  const repositories = useRepositories();
  return (
    <>
      <input
        id="td-image"
        list="td-image-choices"
        className={`${INPUT} font-mono ${problem ? "border-rose-700" : ""}`}
        placeholder="123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest"
        value={value}
        onChange={(e) => onChange(e.target.value.trim())}
        data-testid="td-image"
      />
      <datalist id="td-image-choices">
        {repositories.data?.map((r) => (
          <option key={r.uri} value={`${r.uri}:latest`}>
            {r.name}
          </option>
        ))}
      </datalist>
    </>
  );
}
