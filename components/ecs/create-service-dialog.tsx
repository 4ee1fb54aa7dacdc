"use client";

import { type FormEvent, useState } from "react";
import { Field, INPUT } from "@/components/aws/field";
import { NetworkFields, useVpcGroups } from "@/components/ecs/network-fields";
import { clusterPath } from "@/components/ecs/queries";
import {
  defaultGroupName,
  formProblem,
  initialServiceForm,
  needsNetwork,
  type ServiceFormState,
  serviceRequestOf,
  tcpPortsOf,
} from "@/components/ecs/service-form";
import { TaskDefinitionFields, useRevisionShape } from "@/components/ecs/task-definition-fields";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";

/**
 * Creating a service as the tutorial does: a revision, a name and a count, and
 * for awsvpc task definitions the network (a security group for the container
 * ports is made first when asked for).
 */
export function CreateServiceDialog({
  cluster,
  open,
  onClose,
  onCreated,
}: {
  cluster: string;
  open: boolean;
  onClose: () => void;
  onCreated: (service: string) => void;
}) {
  const [state, setState] = useState<ServiceFormState>(initialServiceForm);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const update = (change: Partial<ServiceFormState>) => setState((s) => ({ ...s, ...change }));
  const shape = useRevisionShape(state.taskDefinition);
  const network = needsNetwork(shape.data);
  const groups = useVpcGroups(network ? state.vpcId : "");
  const problem = formProblem(
    state,
    shape.data,
    (groups.data ?? []).map((g) => g.name),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      let groupId = network && state.groupMode === "existing" ? state.groupId : null;
      if (network && state.groupMode === "create") {
        const group = await sendJson<{ id: string }>("POST", "/api/ec2/security-groups", {
          name: state.groupName.trim() || defaultGroupName(state),
          vpcId: state.vpcId,
          ingressPorts: tcpPortsOf(shape.data),
          ...(state.app.trim() ? { app: state.app.trim() } : {}),
        });
        groupId = group.id;
        // Made now: a retry after a failed service uses it rather than making another.
        update({ groupMode: "existing", groupId: group.id });
      }
      const body = serviceRequestOf(state, shape.data, groupId);
      await sendJson("POST", `${clusterPath(cluster)}/services`, body);
      setState(initialServiceForm);
      onCreated(body.name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title={`Create a service in ${cluster}`} onClose={onClose} wide>
      <form className="space-y-4" onSubmit={submit} data-testid="create-service-form">
        <TaskDefinitionFields state={state} update={update} />
        {shape.data && (
          <p className="text-xs text-slate-400" data-testid="service-network-mode">
            Network mode {shape.data.networkMode}; runs on {shape.data.compatibilities.join(", ")}
          </p>
        )}
        <ErrorNotice error={shape.error} action="read the task definition" />
        <div className="grid grid-cols-3 gap-3">
          <Field id="service-name" label="Service name" problem={fieldProblem("name")}>
            <input
              id="service-name"
              className={INPUT}
              value={state.name}
              onChange={(e) => update({ name: e.target.value.trim() })}
              data-testid="service-name"
            />
          </Field>
          <Field id="service-count" label="Desired tasks" problem={fieldProblem("desiredCount")}>
            <input
              id="service-count"
              type="number"
              min={0}
              className={INPUT}
              value={state.desiredCount}
              onChange={(e) => update({ desiredCount: e.target.value })}
              data-testid="service-desired-count"
            />
          </Field>
          <Field id="service-launch" label="Launch type">
            <select
              id="service-launch"
              className={INPUT}
              value={state.launchType}
              onChange={(e) => update({ launchType: e.target.value as "FARGATE" | "EC2" })}
              data-testid="service-launch-type"
            >
              <option value="FARGATE">FARGATE</option>
              <option value="EC2">EC2</option>
            </select>
          </Field>
        </div>
        {network && <NetworkFields state={state} update={update} ports={tcpPortsOf(shape.data)} />}
        <Field
          id="service-app"
          label="App"
          hint="Tagged as slipway:app; the service's name when empty."
        >
          <input
            id="service-app"
            className={INPUT}
            value={state.app}
            onChange={(e) => update({ app: e.target.value })}
          />
        </Field>
        <ErrorNotice error={error} action="create the service" />
        <div className="flex items-center justify-end gap-2">
          {problem && state.taskDefinition && (
            <span className="mr-auto text-xs text-slate-400">{problem.message}</span>
          )}
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || problem !== null || shape.isLoading}
            data-testid="create-service-submit"
          >
            {busy ? "Creating…" : "Create service"}
          </Button>
        </div>
      </form>
    </Dialog>
  );

  function fieldProblem(field: string) {
    return problem?.field === field && state.name !== "" ? problem.message : null;
  }
}
