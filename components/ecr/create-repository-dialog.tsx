"use client";

import { type FormEvent, useState } from "react";
import { Field, INPUT } from "@/components/aws/field";
import type { Repository } from "@/components/ecr/types";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";
import { repositoryNameProblem } from "@/lib/ecr/names";

export function CreateRepositoryDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (repository: Repository) => void;
}) {
  const [name, setName] = useState("");
  const [immutable, setImmutable] = useState(false);
  const [scanOnPush, setScanOnPush] = useState(false);
  const [app, setApp] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = name ? repositoryNameProblem(name) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await sendJson<Repository>("POST", "/api/ecr/repositories", {
        name,
        tagMutability: immutable ? "IMMUTABLE" : "MUTABLE",
        scanOnPush,
        ...(app ? { app } : {}),
      });
      setName("");
      setApp("");
      onCreated(created);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title="Create an ECR repository" onClose={onClose}>
      <form className="space-y-4" onSubmit={submit} data-testid="create-repository-form">
        <Field
          id="repository-name"
          label="Name"
          hint="Lower case; may hold a namespace such as team/app."
          problem={problem ? `The name ${problem}` : null}
        >
          <input
            id="repository-name"
            className={INPUT}
            value={name}
            onChange={(e) => setName(e.target.value.trim())}
            data-testid="repository-name"
            autoFocus
          />
        </Field>
        <Field
          id="repository-app"
          label="App"
          hint="Tagged as slipway:app; the repository's name when left empty."
        >
          <input
            id="repository-app"
            className={INPUT}
            value={app}
            onChange={(e) => setApp(e.target.value)}
          />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={immutable}
            onChange={(e) => setImmutable(e.target.checked)}
          />
          Immutable tags (a pushed tag can never point at another image)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={scanOnPush}
            onChange={(e) => setScanOnPush(e.target.checked)}
          />
          Scan images for vulnerabilities on push
        </label>
        <ErrorNotice error={error} action="create the repository" />
        <DialogActions onCancel={onClose}>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || !name || problem !== null}
            data-testid="create-repository-submit"
          >
            {busy ? "Creating…" : "Create"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
