"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Field, FieldSet, INPUT_CLASS, TextInput } from "@/components/ui/fields";
import { type KeyValueRow, KeyValueRows } from "@/components/ui/key-value-rows";
import { dockerKeys } from "@/lib/client/query-keys";
import { joinCommandLine, splitCommandLine } from "@/lib/containers/command-line";
import { portSpecProblem } from "@/lib/containers/port-spec";
import {
  commandLineProblem,
  containerNameProblem,
  envNameProblem,
} from "@/lib/containers/run-checks";
import { RESTART_POLICIES } from "@/lib/containers/schemas";
import type { CreatedContainer } from "@/lib/containers/types";
import { PortRows } from "./port-rows";
import { type RunRequest, runContainer, useRunDefaults } from "./queries";

/** An exposed port offered as a loopback binding on the same host port. */
const offeredSpec = (exposed: string) => {
  const [port, protocol = "tcp"] = exposed.split("/");
  return `127.0.0.1:${port}:${port}${protocol === "tcp" ? "" : `/${protocol}`}`;
};

/** Create-and-start; the dialog stays open with the error when the engine refuses. */
export function RunDialog({
  open,
  initialImage,
  onClose,
  onStarted,
}: {
  open: boolean;
  initialImage: string;
  onClose: () => void;
  onStarted: (created: CreatedContainer) => void;
}) {
  const queryClient = useQueryClient();
  const [image, setImage] = useState(initialImage);
  const [name, setName] = useState("");
  const [ports, setPorts] = useState<string[]>([""]);
  const [portsEdited, setPortsEdited] = useState(false);
  const [env, setEnv] = useState<KeyValueRow[]>([]);
  const [command, setCommand] = useState("");
  const [restart, setRestart] = useState("no");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const lookedUp = useDebounced(image.trim(), 400);
  const defaults = useRunDefaults(open ? lookedUp : "");
  const exposed = defaults.data?.exposedPorts;
  useEffect(() => {
    // Offer the image's ports until the user edits the rows themselves.
    if (exposed && !portsEdited) setPorts(exposed.length > 0 ? exposed.map(offeredSpec) : [""]);
  }, [exposed, portsEdited]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const created = await runContainer(toRequest({ image, name, ports, env, command, restart }));
      await queryClient.invalidateQueries({ queryKey: dockerKeys.containers() });
      onStarted(created);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const nameProblem = containerNameProblem(name);
  const commandProblem = commandLineProblem(command);
  const hasProblems =
    nameProblem !== null ||
    commandProblem !== null ||
    ports.some((p) => p.trim() !== "" && portSpecProblem(p) !== null) ||
    env.some((row) => row.key.trim() !== "" && envNameProblem(row.key) !== null);
  return (
    <Dialog open={open} title="Run a container" onClose={onClose} wide>
      <form onSubmit={submit} className="space-y-4 text-sm" data-testid="run-dialog">
        <Field label="Image" hint={<DefaultsHint query={defaults} />}>
          <TextInput
            value={image}
            onChange={(e) => setImage(e.target.value)}
            placeholder="repository:tag"
            required
            data-testid="run-image"
            className="font-mono"
          />
        </Field>
        <Field
          label="Name"
          hint="Optional; the engine picks one otherwise."
          problem={nameProblem}
          problemTestId="run-name-error"
        >
          <TextInput
            value={name}
            onChange={(e) => setName(e.target.value)}
            data-testid="run-name"
          />
        </Field>
        <FieldSet
          legend="Ports"
          hint="[ip:]hostPort:containerPort[/tcp|udp|sctp], IPv6 in brackets"
        >
          <PortRows
            rows={ports}
            onChange={(rows) => {
              setPortsEdited(true);
              setPorts(rows);
            }}
          />
        </FieldSet>
        <FieldSet legend="Environment">
          <KeyValueRows
            rows={env}
            onChange={setEnv}
            noun="Env"
            addLabel="+ Add variable"
            testIds={{ key: "run-env-name", value: "run-env-value", add: "run-add-env" }}
            keyProblem={envNameProblem}
          />
        </FieldSet>
        <Field
          label="Command"
          hint="Overrides the image's command; quotes group words."
          problem={commandProblem}
          problemTestId="run-command-error"
        >
          <TextInput
            value={command}
            onChange={(e) => setCommand(e.target.value)}
            placeholder={defaults.data ? joinCommandLine(defaults.data.cmd) : ""}
            data-testid="run-command"
            className="font-mono"
          />
        </Field>
        <Field label="Restart policy">
          <select
            value={restart}
            onChange={(e) => setRestart(e.target.value)}
            data-testid="run-restart"
            className={INPUT_CLASS}
          >
            {RESTART_POLICIES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </Field>
        <ErrorNotice error={error} action="run the container" />
        <DialogActions onCancel={onClose}>
          <Button
            type="submit"
            variant="primary"
            disabled={busy || hasProblems}
            data-testid="run-submit"
          >
            {busy ? "Starting…" : "Run"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function toRequest(form: {
  image: string;
  name: string;
  ports: string[];
  env: KeyValueRow[];
  command: string;
  restart: string;
}): RunRequest {
  const env = form.env.filter((row) => row.key.trim() !== "");
  const cmd = splitCommandLine(form.command);
  return {
    image: form.image.trim(),
    ...(form.name.trim() ? { name: form.name.trim() } : {}),
    ports: form.ports.map((p) => p.trim()).filter((p) => p !== ""),
    ...(env.length ? { env: Object.fromEntries(env.map((r) => [r.key.trim(), r.value])) } : {}),
    ...(cmd.length ? { cmd } : {}),
    restart: form.restart,
  };
}

function DefaultsHint({ query }: { query: ReturnType<typeof useRunDefaults> }) {
  if (query.error) return <span className="text-amber-300">{query.error.message}</span>;
  if (!query.data) return null;
  const ports = query.data.exposedPorts;
  return (
    <span data-testid="run-exposed">
      {ports.length ? `Exposes ${ports.join(", ")}` : "Exposes no ports"}
    </span>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
