"use client";

import { type FormEvent, useState } from "react";
import { useContainers } from "@/components/containers/queries";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Field, INPUT_CLASS } from "@/components/ui/fields";
import type { NetworkSummary } from "@/lib/networks/types";
import { connectContainer } from "./queries";

/** Attaches a container (running or not) that is not on the network yet. */
export function ConnectDialog({
  network,
  onClose,
  onDone,
}: {
  network: NetworkSummary;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const containers = useContainers(true);
  const [container, setContainer] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const members = new Set(network.containers.map((c) => c.id));
  const choices = (containers.data ?? []).filter((c) => !members.has(c.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await connectContainer(network.id, container);
      onDone(`Connected ${container} to ${network.name}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open title={`Connect a container to ${network.name}`} onClose={onClose}>
      <form onSubmit={submit} className="space-y-4 text-sm" data-testid="connect-dialog">
        <Field label="Container" hint="A stopped container joins the network when it next starts.">
          <select
            value={container}
            onChange={(e) => setContainer(e.target.value)}
            className={INPUT_CLASS}
            data-testid="connect-container"
          >
            <option value="">Choose a container…</option>
            {choices.map((c) => (
              <option key={c.id} value={c.name}>
                {c.name} ({c.state})
              </option>
            ))}
          </select>
        </Field>
        <ErrorNotice error={containers.error} action="list containers" />
        <ErrorNotice error={error} action="connect the container" />
        <DialogActions onCancel={onClose}>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || container === ""}
            data-testid="connect-submit"
          >
            {busy ? "Connecting…" : "Connect"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
