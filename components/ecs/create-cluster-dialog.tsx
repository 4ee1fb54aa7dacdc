"use client";

import { type FormEvent, useState } from "react";
import { Field, INPUT } from "@/components/aws/field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";
import { clusterName } from "@/lib/ecs/names";

export function CreateClusterDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: () => void;
}) {
  const [name, setName] = useState("");
  const [app, setApp] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const check = name ? clusterName.safeParse(name) : null;
  const problem = check && !check.success ? (check.error.issues[0]?.message ?? null) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await sendJson("POST", "/api/ecs/clusters", { name, ...(app ? { app } : {}) });
      setName("");
      setApp("");
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title="Create an ECS cluster" onClose={onClose}>
      <form className="space-y-4" onSubmit={submit} data-testid="create-cluster-form">
        <p className="text-sm text-slate-400">
          A Fargate cluster: tasks run on FARGATE (or FARGATE_SPOT when a service asks for it), with
          no instances to manage.
        </p>
        <Field id="cluster-name" label="Name" problem={problem}>
          <input
            id="cluster-name"
            className={INPUT}
            value={name}
            onChange={(e) => setName(e.target.value.trim())}
            data-testid="cluster-name"
            autoFocus
          />
        </Field>
        <Field
          id="cluster-app"
          label="App"
          hint="Tagged as slipway:app; the cluster's name when left empty."
        >
          <input
            id="cluster-app"
            className={INPUT}
            value={app}
            onChange={(e) => setApp(e.target.value)}
          />
        </Field>
        <ErrorNotice error={error} action="create the cluster" />
        <DialogActions onCancel={onClose}>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || !name || problem !== null}
            data-testid="create-cluster-submit"
          >
            {busy ? "Creating…" : "Create"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
