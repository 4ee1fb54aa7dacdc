"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Checkbox, Field, TextInput } from "@/components/ui/fields";
import { type KeyValueRow, LabelsFieldSet } from "@/components/ui/key-value-rows";
import { rowsToLabels } from "@/components/ui/label-rows";
import { checkAddressing, type NetworkAddressing } from "@/lib/networks/addressing";
import type { NetworkDetails } from "@/lib/networks/types";
import { createNetwork } from "./queries";

const NAME_RULE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** A new bridge network; the addressing is checked as it is typed, as the server checks. */
export function CreateNetworkDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (network: NetworkDetails) => void;
}) {
  const [name, setName] = useState("");
  const [addressing, setAddressing] = useState<Required<NetworkAddressing>>({
    subnet: "",
    gateway: "",
    ipRange: "",
  });
  const [internal, setInternal] = useState(false);
  const [labels, setLabels] = useState<KeyValueRow[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const given = Object.fromEntries(
    Object.entries(addressing).filter(([, value]) => value.trim() !== ""),
  ) as NetworkAddressing;
  const problems = checkAddressing(given);
  const problemOf = (field: keyof NetworkAddressing) =>
    problems.find((p) => p.field === field)?.message;
  const nameOk = NAME_RULE.test(name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onCreated(await createNetwork({ name, ...given, internal, labels: rowsToLabels(labels) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const address = (
    field: keyof NetworkAddressing,
    label: string,
    example: string,
    hint: string,
  ) => (
    <Field
      label={label}
      hint={<span data-testid={`network-${field}-hint`}>{problemOf(field) ?? hint}</span>}
    >
      <TextInput
        value={addressing[field]}
        onChange={(e) => setAddressing({ ...addressing, [field]: e.target.value })}
        placeholder={example}
        data-testid={`network-${field}`}
        className={problemOf(field) ? "border-amber-500" : ""}
      />
    </Field>
  );

  return (
    <Dialog open title="Create bridge network" onClose={onClose}>
      <form onSubmit={submit} className="space-y-4 text-sm" data-testid="create-network-dialog">
        <Field label="Name">
          <TextInput
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="app-net"
            autoFocus
            data-testid="network-name"
          />
        </Field>
        {address(
          "subnet",
          "Subnet",
          "10.42.0.0/16",
          "Optional; the engine picks a free range otherwise.",
        )}
        {address("gateway", "Gateway", "10.42.0.1", "Optional; the first address otherwise.")}
        {address(
          "ipRange",
          "IP range for containers",
          "10.42.5.0/24",
          "Optional; a part of the subnet.",
        )}
        <Checkbox checked={internal} onChange={setInternal} testId="network-internal">
          Internal: containers on it cannot reach outside networks
        </Checkbox>
        <LabelsFieldSet rows={labels} onChange={setLabels} testPrefix="network" />
        <ErrorNotice error={error} action="create the network" />
        <DialogActions onCancel={onClose}>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || !nameOk || problems.length > 0}
            data-testid="network-create-submit"
          >
            {busy ? "Creating…" : "Create"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
