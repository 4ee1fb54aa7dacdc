"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Field, TextInput } from "@/components/ui/fields";
import { sendJson } from "@/lib/client/api";
import { type EngineView, parseEngineAddress } from "@/lib/engines/address";

// Adds an engine: a name, its address, and for tcp the TLS certificates as PEM text.
// The address is checked as typed with the server's own rules.

const TEXTAREA =
  "h-20 w-full rounded-md border border-slate-700 bg-slate-950 px-3 py-1.5 font-mono text-xs text-slate-100";

export function AddEngineForm({ onAdded }: { onAdded: (engine: EngineView) => void }) {
  const [name, setName] = useState("");
  const [address, setAddress] = useState("");
  const [useTls, setUseTls] = useState(false);
  const [tls, setTls] = useState({ ca: "", cert: "", key: "" });
  const [failure, setFailure] = useState<unknown>(null);
  const [added, setAdded] = useState<EngineView | null>(null);
  const [busy, setBusy] = useState(false);

  const parsed = address.trim() ? parseEngineAddress(address) : null;
  const problem = typeof parsed === "string" ? parsed : null;
  const tcp = parsed !== null && typeof parsed !== "string" && parsed.kind === "tcp";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setBusy(true);
    try {
      const body = { name, address, ...(tcp && useTls ? { tls } : {}) };
      const engine = await sendJson<EngineView>("POST", "/api/docker/engines", body);
      setAdded(engine);
      setName("");
      setAddress("");
      setTls({ ca: "", cert: "", key: "" });
      onAdded(engine);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-800 p-4">
      <h2 className="text-sm font-semibold text-white">Add an engine</h2>
      <Field label="Name">
        <TextInput
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="engine-name"
        />
      </Field>
      <Field
        label="Address"
        hint="unix:///path/to/docker.sock, tcp://host:port or ssh://user@host[:port]"
        problem={problem}
      >
        <TextInput
          value={address}
          onChange={(e) => setAddress(e.target.value)}
          placeholder="tcp://127.0.0.1:2376"
          data-testid="engine-address"
        />
      </Field>
      {tcp ? (
        <label className="flex items-center gap-2 text-sm text-slate-300">
          <input type="checkbox" checked={useTls} onChange={(e) => setUseTls(e.target.checked)} />
          TLS (CA certificate, client certificate and key, as PEM text)
        </label>
      ) : null}
      {tcp && useTls
        ? (["ca", "cert", "key"] as const).map((part) => (
            <textarea
              key={part}
              aria-label={`TLS ${part}`}
              className={TEXTAREA}
              placeholder={`-----BEGIN ... (${part})`}
              value={tls[part]}
              onChange={(e) => setTls({ ...tls, [part]: e.target.value })}
            />
          ))
        : null}
      {failure ? <ErrorNotice error={failure} action="add the engine" /> : null}
      {added ? (
        <p className="text-sm text-slate-300" data-testid="engine-added">
          Added {added.name}: {added.answers ? "it answers" : `it does not answer (${added.error})`}
          .
        </p>
      ) : null}
      <Button
        type="submit"
        variant="primary"
        disabled={busy || !name.trim() || !parsed || Boolean(problem)}
        data-testid="engine-add"
      >
        Add engine
      </Button>
    </form>
  );
}
