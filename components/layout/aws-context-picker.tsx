"use client";

import { useQueryClient } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { useAwsChoices, useAwsIdentity } from "@/components/aws/use-aws";
import { ErrorNotice } from "@/components/ui/error-notice";
import { sendJson } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";

// The AWS profile and region of this browser, picked in the header of AWS pages
// (Docker pages make no AWS calls). The choice is kept by the server in a cookie;
// every AWS query is keyed by it, so a switch shows the other account's data.

// Cleanup plans in the profile and region picked here, so its pages show them too.
const AWS_PATHS = ["/ecr", "/ecs", "/aws", "/cleanup"];

export function useOnAwsPage(): boolean {
  const pathname = usePathname();
  return AWS_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function AwsContextPicker() {
  const onAwsPage = useOnAwsPage();
  const choices = useAwsChoices(onAwsPage);
  const identity = useAwsIdentity(onAwsPage);
  const queryClient = useQueryClient();
  const [saveError, setSaveError] = useState<unknown>(null);
  if (!onAwsPage || !choices.data) return null;

  const { profiles, regions, current } = choices.data;
  const regionOptions =
    current.region && !regions.includes(current.region) ? [current.region, ...regions] : regions;
  const choose = async (next: { profile: string | null; region: string | null }) => {
    setSaveError(null);
    try {
      await sendJson("POST", "/api/aws/context", next);
      await queryClient.invalidateQueries({ queryKey: awsKeys.choices() });
    } catch (error) {
      setSaveError(error);
    }
  };

  return (
    <div className="flex items-center gap-2 text-xs text-slate-400" data-testid="aws-context">
      <select
        aria-label="AWS profile"
        data-testid="aws-profile"
        className="rounded border border-slate-700 bg-slate-900 px-1.5 py-1 text-slate-200"
        value={current.profile ?? ""}
        onChange={(e) => choose({ profile: e.target.value || null, region: current.region })}
      >
        <option value="">default credentials</option>
        {profiles.map((p) => (
          <option key={p.name} value={p.name}>
            {p.name}
            {p.sso ? " (SSO)" : ""}
          </option>
        ))}
      </select>
      <select
        aria-label="AWS region"
        data-testid="aws-region"
        className="rounded border border-slate-700 bg-slate-900 px-1.5 py-1 text-slate-200"
        value={current.region ?? ""}
        onChange={(e) => choose({ profile: current.profile, region: e.target.value || null })}
      >
        {!current.region && <option value="">choose a region</option>}
        {regionOptions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <span className="max-w-md truncate" data-testid="aws-identity" title={identity.data?.arn}>
        {identity.data
          ? `${identity.data.account} · ${identity.data.arn}`
          : identity.isError
            ? "not signed in"
            : "…"}
      </span>
      {saveError ? <span className="text-rose-300">{(saveError as Error).message}</span> : null}
    </div>
  );
}

/** Under the header of AWS pages: why AWS cannot be reached, and the fix. */
export function AwsStatusBanner() {
  const onAwsPage = useOnAwsPage();
  const identity = useAwsIdentity(onAwsPage);
  if (!onAwsPage || !identity.isError) return null;
  return (
    <div className="border-b border-rose-900 px-6 py-3" data-testid="aws-unavailable">
      <ErrorNotice error={identity.error} action="reach AWS with this profile and region" />
    </div>
  );
}
