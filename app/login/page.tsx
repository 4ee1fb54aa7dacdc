"use client";

import { useSearchParams } from "next/navigation";
import { type FormEvent, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";

/** Only a path on this origin: never bounce to another site after sign-in. */
function sameSitePath(next: string | null): string {
  if (!next?.startsWith("/")) return "/";
  const target = new URL(next, window.location.origin);
  if (target.origin !== window.location.origin) return "/";
  return `${target.pathname}${target.search}${target.hash}`;
}

function LoginForm() {
  const next = useSearchParams().get("next");
  const [token, setToken] = useState("");
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await sendJson("POST", "/api/session", { token });
      // A full navigation: the router keeps the proxy's redirect to /login in its cache,
      // so a client-side replace would land here again.
      window.location.assign(sameSitePath(next));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form onSubmit={submit} className="mx-auto mt-20 max-w-sm space-y-4">
      <h1 className="text-xl font-semibold text-white">Sign in to Slipway</h1>
      <p className="text-sm text-slate-400">
        This Slipway was started with a token (SLIPWAY_TOKEN); enter it to continue.
      </p>
      <label htmlFor="login-token" className="sr-only">
        Token
      </label>
      <input
        id="login-token"
        data-testid="login-token"
        type="password"
        autoComplete="current-password"
        value={token}
        onChange={(e) => setToken(e.target.value)}
        placeholder="Token"
        className="w-full rounded-md border border-slate-700 bg-slate-950 px-3 py-2 text-sm"
      />
      <ErrorNotice error={error} action="sign in" />
      <Button type="submit" variant="primary" data-testid="login-submit">
        Sign in
      </Button>
    </form>
  );
}

export default function LoginPage() {
  return (
    <Suspense>
      <LoginForm />
    </Suspense>
  );
}
