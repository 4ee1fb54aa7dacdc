"use client";

import { useQuery } from "@tanstack/react-query";
import { Field, INPUT } from "@/components/aws/field";
import { useAwsScope } from "@/components/aws/use-aws";
import type { RevisionShape, ServiceFormState } from "@/components/ecs/service-form";
import { ErrorNotice } from "@/components/ui/error-notice";
import { getJson, seg } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";

const CHOICES = "/api/ecs/task-definition-choices";

interface Revisions {
  revisions: Array<{ taskDefinition: string; revision: number }>;
}

/** The chosen revision's shape, which decides the network fields. */
export function useRevisionShape(taskDefinition: string) {
  const scope = useAwsScope();
  return useQuery({
    queryKey: awsKeys.taskDefinitionChoice(
      scope ?? { profile: null, region: null },
      taskDefinition,
    ),
    queryFn: () => getJson<RevisionShape>(`${CHOICES}/${seg(taskDefinition)}`),
    enabled: scope !== null && taskDefinition !== "",
    staleTime: 60_000,
  });
}

/** Family and revision pickers; picking a family picks its newest revision. */
export function TaskDefinitionFields({
  state,
  update,
}: {
  state: ServiceFormState;
  update: (change: Partial<ServiceFormState>) => void;
}) {
  const scope = useAwsScope() ?? { profile: null, region: null };
  const families = useQuery({
    queryKey: awsKeys.taskDefinitionFamilies(scope),
    queryFn: () => getJson<{ families: string[] }>(CHOICES),
  });
  const revisions = useQuery({
    queryKey: awsKeys.taskDefinitionRevisions(scope, state.family),
    queryFn: () => getJson<Revisions>(`${CHOICES}?family=${seg(state.family)}`),
    enabled: state.family !== "",
  });
  const pickFamily = async (family: string) => {
    update({ family, taskDefinition: "", name: state.name || family });
    if (!family) return;
    const answer = await getJson<Revisions>(`${CHOICES}?family=${seg(family)}`).catch(() => null);
    update({ taskDefinition: answer?.revisions[0]?.taskDefinition ?? "" });
  };

  return (
    <div className="grid grid-cols-2 gap-3">
      <Field id="service-family" label="Task definition family">
        <select
          id="service-family"
          className={INPUT}
          value={state.family}
          onChange={(e) => pickFamily(e.target.value)}
          data-testid="service-family"
        >
          <option value="">{families.isLoading ? "Loading…" : "Pick a family"}</option>
          {families.data?.families.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="service-revision"
        label="Revision"
        problem={
          state.family && revisions.data?.revisions.length === 0 ? "No ACTIVE revision" : null
        }
      >
        <select
          id="service-revision"
          className={INPUT}
          value={state.taskDefinition}
          onChange={(e) => update({ taskDefinition: e.target.value })}
          disabled={!state.family}
          data-testid="service-revision"
        >
          {revisions.data?.revisions.map((r) => (
            <option key={r.taskDefinition} value={r.taskDefinition}>
              {r.revision}
            </option>
          ))}
        </select>
      </Field>
      <div className="col-span-2">
        <ErrorNotice error={families.error ?? revisions.error} action="list task definitions" />
      </div>
    </div>
  );
}
