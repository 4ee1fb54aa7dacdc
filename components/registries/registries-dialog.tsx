"use client";

import { useState } from "react";
import {
  useRegistries,
  useRemoveRegistry,
  useSaveRegistry,
} from "@/components/registries/use-registries";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ErrorNotice } from "@/components/ui/error-notice";

const INPUT = "mt-1 w-full rounded-md border border-slate-700 bg-slate-950 px-2 py-1.5";

/**
 * Saved registry credentials: servers and usernames are listed; a password is only
 * ever typed, never shown or filled in (the server never sends one back).
 */
export function RegistriesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const registries = useRegistries();
  const save = useSaveRegistry();
  const remove = useRemoveRegistry();
  const [server, setServer] = useState("");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await save.mutateAsync({ server, username, password }).catch(() => null);
    setPassword("");
    if (saved) {
      setServer("");
      setUsername("");
    }
  };

  return (
    <Dialog open={open} title="Registry credentials" onClose={onClose}>
      <div className="space-y-4 text-sm" data-testid="registries-dialog">
        <ErrorNotice error={registries.error} action="list saved registries" />
        <ul className="divide-y divide-slate-800" data-testid="registry-list">
          {registries.data?.length === 0 && <li className="text-slate-400">None saved yet.</li>}
          {registries.data?.map((r) => (
            <li key={r.server} className="flex items-center justify-between py-1.5">
              <span className="font-mono" data-testid="registry-row">
                {r.server} <span className="text-slate-400">as {r.username}</span>
              </span>
              <Button
                variant="ghost"
                onClick={() => remove.mutate(r.server)}
                disabled={remove.isPending}
                aria-label={`Forget ${r.server}`}
              >
                Forget
              </Button>
            </li>
          ))}
        </ul>
        <ErrorNotice error={remove.error} action="forget the credentials" />
        <form onSubmit={submit} className="space-y-2" autoComplete="off">
          <label className="block">
            <span className="text-slate-300">Server (host[:port]; docker.io for Docker Hub)</span>
            <input
              value={server}
              onChange={(e) => setServer(e.target.value)}
              placeholder="127.0.0.1:5055"
              data-testid="registry-server"
              className={`${INPUT} font-mono`}
            />
          </label>
          <label className="block">
            <span className="text-slate-300">Username</span>
            <input
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              data-testid="registry-username"
              className={INPUT}
            />
          </label>
          <label className="block">
            <span className="text-slate-300">Password or token</span>
            <input
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              data-testid="registry-password"
              className={INPUT}
            />
          </label>
          <ErrorNotice error={save.error} action="save the credentials" />
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={onClose}>
              Close
            </Button>
            <Button
              type="submit"
              variant="primary"
              disabled={!server || !username || !password || save.isPending}
              data-testid="registry-save"
            >
              {save.isPending ? "Logging in…" : "Log in and save"}
            </Button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
