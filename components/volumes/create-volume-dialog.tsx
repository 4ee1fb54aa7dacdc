"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Field, TextInput } from "@/components/ui/fields";
import { type KeyValueRow, LabelsFieldSet } from "@/components/ui/key-value-rows";
import { rowsToLabels } from "@/components/ui/label-rows";
import type { VolumeDetails } from "@/lib/volumes/types";
import { createVolume } from "./queries";

const NAME_RULE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** A new volume: a name (or the engine's), a driver and labels. Mounted open each time. */
export function CreateVolumeDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (volume: VolumeDetails) => void;
}) {
  const [name, setName] = useState("");
  const [driver, setDriver] = useState("local");
  const [labels, setLabels] = useState<KeyValueRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nameProblem =
    name !== "" && !NAME_RULE.test(name)
      ? "At least 2 characters: letters, digits, _ . -, starting with a letter or digit."
      : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const volume = await createVolume({
        ...(name && { name }),
        driver: driver.trim() || "local",
        labels: rowsToLabels(labels),
      });
      onCreated(volume);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open title="Create volume" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4 text-sm" data-testid="create-volume-dialog">
        <Field label="Name" hint={nameProblem ?? "Optional; the engine picks one otherwise."}>
          <TextInput
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="app-data"
            autoFocus
            data-testid="volume-name"
          />
        </Field>
        <Field label="Driver">
          <TextInput
            value={driver}
            onChange={(e) => setDriver(e.target.value)}
            data-testid="volume-driver"
          />
        </Field>
        <LabelsFieldSet rows={labels} onChange={setLabels} testPrefix="volume" />
        <ErrorNotice error={error} action="create the volume" />
        <DialogActions onCancel={onClose}>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || nameProblem !== null}
            data-testid="volume-create-submit"
          >
            {busy ? "Creating…" : "Create"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
