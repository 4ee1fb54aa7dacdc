"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";

function LoginForm() {
  const router = useRouter();
  const next = useSearchParams().get("next") ?? "/";
  const [token, setToken] = useState("");
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await sendJson("POST", "/api/session", { token });
      // Only same-site paths: never bounce to another origin after sign-in.
      router.replace(next.startsWith("/") && !next.startsWith("//") ? next : "/");
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form onSubmit={submit} className="mx-auto mt-20 max-w-sm space-y-4">
      <h1 className="text-xl font-semibold text-white">Sign in to Slipway</h1>
      <p className="text-sm text-slate-400">
        This Slipway listens on a non-loopback address, so it asks for the token it was started with
        (SLIPWAY_TOKEN).
      </p>
      <input
        type="password"
        autoComplete="current-password"
        value={token}
        onChange={(e) => setToken(e.target.value)}
        placeholder="Token"
        className="w-full rounded-md border border-slate-700 bg-slate-950 px-3 py-2 text-sm"
      />
      <ErrorNotice error={error} action="sign in" />
      <Button type="submit" variant="primary">
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
