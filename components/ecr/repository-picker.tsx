"use client";

import { Field, INPUT } from "@/components/aws/field";
import { useAwsScope } from "@/components/aws/use-aws";
import { useRepositories } from "@/components/ecr/use-repositories";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";

/**
 * Picks one of the region's repositories. "New repository…" asks the owner to open the
 * create dialog (kept outside this form: a form inside a form would submit both).
 */
export function RepositoryPicker({
  value,
  onChange,
  onCreate,
  disabled,
}: {
  value: string;
  onChange: (name: string) => void;
  onCreate: () => void;
  disabled?: boolean;
}) {
  const scope = useAwsScope();
  const repositories = useRepositories();

  return (
    <div className="space-y-2">
      <Field
        id="push-repository"
        label="Repository"
        hint={scope?.region ? `ECR repositories in ${scope.region}` : undefined}
      >
        <div className="flex gap-2">
          <select
            id="push-repository"
            className={INPUT}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            disabled={disabled || !repositories.data}
            data-testid="push-repository"
          >
            <option value="">{repositories.isLoading ? "Loading…" : "Pick a repository"}</option>
            {/* A repository just created is picked before the list is refetched. */}
            {value && !repositories.data?.some((r) => r.name === value) && (
              <option value={value}>{value}</option>
            )}
            {repositories.data?.map((r) => (
              <option key={r.name} value={r.name}>
                {r.name}
                {r.tagMutability === "IMMUTABLE" ? " (immutable tags)" : ""}
              </option>
            ))}
          </select>
          <Button
            onClick={onCreate}
            disabled={disabled}
            className="shrink-0"
            data-testid="push-new-repository"
          >
            New repository…
          </Button>
        </div>
      </Field>
      <ErrorNotice error={repositories.error} action="list the repositories" />
    </div>
  );
}
