"use client";

import type { FormEvent } from "react";
import { Field, INPUT } from "@/components/aws/field";
import { FargateSizeFields } from "@/components/task-definitions/fargate-size-fields";
import { LoggingSection, Section } from "@/components/task-definitions/form-parts";
import { formProblems } from "@/components/task-definitions/form-problems";
import { EnvironmentEditor, PortMappingsEditor } from "@/components/task-definitions/list-editors";
import { ImageInput, RoleInput, roleHint, useRoles } from "@/components/task-definitions/pickers";
import { Button } from "@/components/ui/button";
import type { FormValues } from "@/lib/ecs/task-definitions/form-values";

/** The Fargate task definition form: one container, sizes, roles and awslogs logging. */
export function TaskDefinitionForm({
  values,
  onChange,
  onSubmit,
  busy,
  registered = false,
  showProblems,
  region,
}: {
  values: FormValues;
  onChange: (values: FormValues) => void;
  onSubmit: () => void;
  busy: boolean;
  /** Registered just now and not edited since: another click would add a duplicate revision. */
  registered?: boolean;
  /** Problems show once the person has tried to register. */
  showProblems: boolean;
  region: string | null;
}) {
  const roles = useRoles();
  const problems = showProblems ? formProblems(values) : {};
  const set = (change: Partial<FormValues>) => onChange({ ...values, ...change });
  const setLogging = (change: Partial<FormValues["logging"]>) =>
    set({ logging: { ...values.logging, ...change } });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="space-y-6" onSubmit={submit} data-testid="task-definition-form">
      <Section title="Task definition">
        <Field id="td-family" label="Family" problem={problems.family}>
          <input
            id="td-family"
            className={INPUT}
            value={values.family}
            onChange={(e) => set({ family: e.target.value.trim() })}
            data-testid="td-family"
          />
        </Field>
        <Field id="td-app" label="App" hint="Tagged as slipway:app; the family when left empty.">
          <input
            id="td-app"
            className={INPUT}
            value={values.app}
            onChange={(e) => set({ app: e.target.value })}
          />
        </Field>
      </Section>

      <Section title="Container">
        <Field id="td-container" label="Container name" problem={problems.containerName}>
          <input
            id="td-container"
            className={INPUT}
            value={values.containerName}
            onChange={(e) => set({ containerName: e.target.value.trim() })}
            data-testid="td-container-name"
          />
        </Field>
        <Field
          id="td-image"
          label="Image"
          hint="An ECR repository of this region, or any image reference."
          problem={problems.image}
        >
          <ImageInput
            value={values.image}
            onChange={(image) => set({ image })}
            problem={Boolean(problems.image)}
          />
        </Field>
        <Field id="td-ports" label="Port mappings" problem={problems.portMappings}>
          <PortMappingsEditor
            ports={values.portMappings}
            onChange={(portMappings) => set({ portMappings })}
          />
        </Field>
        <Field id="td-env" label="Environment variables" problem={problems.environment}>
          <EnvironmentEditor
            environment={values.environment}
            onChange={(environment) => set({ environment })}
          />
        </Field>
      </Section>

      <Section title="Size (Fargate)">
        <div className="grid grid-cols-3 gap-4">
          <FargateSizeFields
            idPrefix="td"
            cpu={values.cpu}
            memory={values.memory}
            onChange={set}
            problems={problems}
          />
          <Field
            id="td-reservation"
            label="Container memory reservation (MiB)"
            hint="Optional soft limit for the container."
            problem={problems.memoryReservation}
          >
            <input
              id="td-reservation"
              type="number"
              min={6}
              className={INPUT}
              value={values.memoryReservation ?? ""}
              onChange={(e) =>
                set({ memoryReservation: e.target.value === "" ? null : e.target.valueAsNumber })
              }
              data-testid="td-memory-reservation"
            />
          </Field>
        </div>
      </Section>

      <Section title="Roles">
        <Field
          id="td-execution-role"
          label="Task execution role"
          hint={roleHint(roles.data, roles.error)}
          problem={problems.executionRoleArn}
        >
          <RoleInput
            id="td-execution-role"
            value={values.executionRoleArn}
            onChange={(executionRoleArn) => set({ executionRoleArn })}
            roles={roles.data}
            testId="td-execution-role"
            placeholder="arn:aws:iam::123456789012:role/ecsTaskExecutionRole"
          />
        </Field>
        <Field
          id="td-task-role"
          label="Task role (optional)"
          hint="What the app itself may do in AWS."
          problem={problems.taskRoleArn}
        >
          <RoleInput
            id="td-task-role"
            value={values.taskRoleArn}
            onChange={(taskRoleArn) => set({ taskRoleArn })}
            roles={roles.data}
            testId="td-task-role"
            placeholder="arn:aws:iam::123456789012:role/my-app"
          />
        </Field>
      </Section>

      <LoggingSection values={values} setLogging={setLogging} problems={problems} region={region} />

      <div className="flex justify-end">
        <Button
          type="submit"
          variant="primary"
          disabled={busy || registered}
          data-testid="td-submit"
        >
          {busy ? "Registering…" : registered ? "Registered" : "Register"}
        </Button>
      </div>
    </form>
  );
}
