"use client";

import { Field, INPUT } from "@/components/aws/field";
import { RadioChoice } from "@/components/ship/radio-choice";
import type { ShipFormState } from "@/components/ship/ship-form-state";
import { useClusterServices, useClusters } from "@/components/ship/use-ship-choices";
import { FargateSizeFields } from "@/components/task-definitions/fargate-size-fields";
import { Section } from "@/components/task-definitions/form-parts";
import { RoleInput, roleHint, useRoles } from "@/components/task-definitions/pickers";

type Set = (change: Partial<ShipFormState>) => void;
interface Props {
  values: ShipFormState;
  set: Set;
  problems: Record<string, string>;
}

/** Where it goes: a service that exists, or a first deploy that creates it. */
export function TargetFields({ values, set, problems }: Props) {
  const pick = (target: ShipFormState["target"]) => set({ target });
  return (
    <Section title="Where to run it">
      <div className="flex gap-4 text-sm text-slate-200">
        <RadioChoice name="ship-target" value={values.target} choice="existing" onChange={pick}>
          A service that runs already
        </RadioChoice>
        <RadioChoice name="ship-target" value={values.target} choice="first" onChange={pick}>
          First deploy: create the cluster, task definition and service
        </RadioChoice>
      </div>
      {values.target === "existing" ? (
        <ExistingService values={values} set={set} problems={problems} />
      ) : (
        <FirstDeploy values={values} set={set} problems={problems} />
      )}
    </Section>
  );
}

function ExistingService({ values, set, problems }: Props) {
  const clusters = useClusters();
  const services = useClusterServices(values.cluster);
  return (
    <div className="grid grid-cols-2 gap-4">
      <Field id="ship-cluster" label="Cluster" problem={problems.cluster}>
        <select
          id="ship-cluster"
          className={INPUT}
          value={values.cluster}
          onChange={(e) => set({ cluster: e.target.value, service: "" })}
          data-testid="ship-cluster"
        >
          <option value="">{clusters.isLoading ? "Loading…" : "Pick a cluster"}</option>
          {clusters.data?.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="ship-service" label="Service" problem={problems.service}>
        <select
          id="ship-service"
          className={INPUT}
          value={values.service}
          onChange={(e) => set({ service: e.target.value })}
          data-testid="ship-service"
        >
          <option value="">{values.cluster ? "Pick a service" : "Pick a cluster first"}</option>
          {services.data?.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name} ({s.taskDefinition})
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

function FirstDeploy({ values, set, problems }: Props) {
  const clusters = useClusters();
  const roles = useRoles();
  const text = (field: keyof ShipFormState, id: string, placeholder = "") => (
    <input
      id={id}
      className={INPUT}
      placeholder={placeholder}
      value={String(values[field])}
      onChange={(e) => set({ [field]: e.target.value.trim() })}
      data-testid={id}
    />
  );
  const exists = clusters.data?.some((c) => c.name === values.cluster.trim());
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-3 gap-4">
        <Field
          id="ship-cluster-name"
          label="Cluster"
          hint={exists ? "Exists: the service goes into it." : "Created as a Fargate cluster."}
          problem={problems.cluster}
        >
          <input
            id="ship-cluster-name"
            list="ship-cluster-choices"
            className={INPUT}
            value={values.cluster}
            onChange={(e) => set({ cluster: e.target.value.trim() })}
            data-testid="ship-cluster-name"
          />
          <datalist id="ship-cluster-choices">
            {clusters.data?.map((c) => (
              <option key={c.name} value={c.name} />
            ))}
          </datalist>
        </Field>
        <Field
          id="ship-service-name"
          label="Service"
          hint="Also the task definition family and container name."
          problem={problems.service}
        >
          {text("service", "ship-service-name")}
        </Field>
        <Field id="ship-app" label="App" hint="The slipway:app tag; default the service's name.">
          {text("app", "ship-app")}
        </Field>
      </div>
      <div className="grid grid-cols-3 gap-4">
        <Field
          id="ship-port"
          label="Container port"
          hint="Opened to anyone in a new security group; the task gets a public IP."
          problem={problems["create.containerPort"] ?? problems["create.portMappings"]}
        >
          {text("containerPort", "ship-port", "8000")}
        </Field>
        <Field id="ship-desired-count" label="Tasks" problem={problems["create.desiredCount"]}>
          {text("desiredCount", "ship-desired-count")}
        </Field>
        <Field
          id="ship-memory-reservation"
          label="Container memory reservation (MiB)"
          hint="Optional soft limit for the container."
          problem={problems["create.memoryReservation"]}
        >
          {text("memoryReservation", "ship-memory-reservation")}
        </Field>
      </div>
      <div className="grid grid-cols-3 gap-4">
        <FargateSizeFields
          idPrefix="ship"
          cpu={values.cpu}
          memory={values.memory}
          onChange={set}
          problems={{ cpu: problems["create.cpu"], memory: problems["create.memory"] }}
        />
        <Field
          id="ship-execution-role"
          label="Task execution role"
          hint={roleHint(roles.data, roles.error)}
          problem={problems["create.executionRoleArn"]}
        >
          <RoleInput
            id="ship-execution-role"
            placeholder="arn:aws:iam::<account>:role/ecsTaskExecutionRole"
            value={values.executionRoleArn}
            onChange={(executionRoleArn) => set({ executionRoleArn })}
            roles={roles.data}
            testId="ship-execution-role"
          />
        </Field>
      </div>
    </div>
  );
}
