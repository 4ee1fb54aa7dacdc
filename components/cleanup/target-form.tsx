"use client";

import { type FormEvent, useState } from "react";
import {
  ConfirmedNamesFields,
  type NamesText,
  namesFromText,
} from "@/components/cleanup/names-fields";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, TextInput } from "@/components/ui/fields";

// What to clean up: a service, a cluster or an app (its slipway:app tag), plus exact
// names the user confirms, how many revisions to keep, and whether local resources
// of the app go too.

type Kind = "service" | "cluster" | "app";

export interface TargetDefaults {
  cluster?: string;
  service?: string;
  app?: string;
}

export function TargetForm({
  defaults,
  busy,
  onPlan,
}: {
  defaults: TargetDefaults;
  busy: boolean;
  onPlan: (body: Record<string, unknown>) => void;
}) {
  const [kind, setKind] = useState<Kind>(
    defaults.service ? "service" : defaults.cluster ? "cluster" : "app",
  );
  const [cluster, setCluster] = useState(defaults.cluster ?? "");
  const [service, setService] = useState(defaults.service ?? "");
  const [app, setApp] = useState(defaults.app ?? "");
  const [keep, setKeep] = useState("1");
  const [local, setLocal] = useState(false);
  const [names, setNames] = useState<NamesText>({});
  const [nameErrors, setNameErrors] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target =
      kind === "service"
        ? { service: { cluster: cluster.trim(), service: service.trim() } }
        : kind === "cluster"
          ? { cluster: cluster.trim() }
          : { app };
    const read = namesFromText(names);
    setNameErrors(read.errors);
    if (read.errors.length > 0) return;
    const confirmed = read.names;
    onPlan({
      ...target,
      keepRevisions: Number(keep),
      local,
      ...(confirmed ? { names: confirmed } : {}),
    });
  };

  const choice = (value: Kind, label: string) => (
    <label className="flex items-center gap-2 text-sm text-slate-200">
      <input
        type="radio"
        name="cleanup-kind"
        checked={kind === value}
        onChange={() => setKind(value)}
        data-testid={`cleanup-target-${value}`}
      />
      {label}
    </label>
  );

  return (
    <form
      onSubmit={submit}
      className="mb-5 space-y-4 rounded-md border border-slate-800 bg-slate-900/60 p-4"
      data-testid="cleanup-target"
    >
      <div className="flex flex-wrap gap-5">
        {choice("app", "An app (its slipway:app tag)")}
        {choice("service", "A service")}
        {choice("cluster", "A cluster")}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {kind === "app" ? (
          <Field label="App" hint="Matched whole against the slipway:app tag, never in part">
            <TextInput
              value={app}
              onChange={(e) => setApp(e.target.value)}
              data-testid="cleanup-app"
            />
          </Field>
        ) : (
          <Field label="Cluster">
            <TextInput
              value={cluster}
              onChange={(e) => setCluster(e.target.value)}
              data-testid="cleanup-cluster"
            />
          </Field>
        )}
        {kind === "service" && (
          <Field label="Service">
            <TextInput
              value={service}
              onChange={(e) => setService(e.target.value)}
              data-testid="cleanup-service"
            />
          </Field>
        )}
        <Field
          label="Revisions to keep"
          hint="The newest ACTIVE ones of each family, for a rollback; 0 keeps none"
        >
          <TextInput
            type="number"
            min={0}
            max={100}
            value={keep}
            onChange={(e) => setKeep(e.target.value)}
            data-testid="cleanup-keep"
          />
        </Field>
      </div>
      <Checkbox checked={local} onChange={setLocal} testId="cleanup-local" className="text-sm">
        Local too: the app's containers, images and volumes on this engine (labelled slipway.app, or
        from its ECR repositories)
      </Checkbox>
      <ConfirmedNamesFields value={names} onChange={setNames} />
      {nameErrors.length > 0 && (
        <ul
          className="space-y-1 text-sm text-red-300"
          role="alert"
          data-testid="cleanup-name-errors"
        >
          {nameErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <Button type="submit" variant="primary" disabled={busy} data-testid="cleanup-plan-submit">
        {busy ? "Looking…" : "Plan the cleanup"}
      </Button>
    </form>
  );
}
