"use client";

import { useQuery } from "@tanstack/react-query";
import { getJson } from "@/lib/client/api";
import { type AwsScope, awsKeys } from "@/lib/client/query-keys";

export interface AwsProfileChoice {
  name: string;
  region: string | null;
  sso: boolean;
}

export interface AwsChoices {
  profiles: AwsProfileChoice[];
  regions: string[];
  defaults: AwsScope;
  current: AwsScope & { source: { profile: string; region: string } };
}

export interface AwsIdentity {
  account: string;
  arn: string;
  region: string;
  profile: string | null;
}

/**
 * Profiles, regions and the profile and region this browser works in now; asked only
 * where AWS is shown (`wanted`).
 */
export function useAwsChoices(wanted = true) {
  return useQuery({
    queryKey: awsKeys.choices(),
    queryFn: () => getJson<AwsChoices>("/api/aws/profiles"),
    enabled: wanted,
    staleTime: 60_000,
  });
}

/** The scope AWS queries are keyed by; null until the server has said which it is. */
export function useAwsScope(wanted = true): AwsScope | null {
  const { data } = useAwsChoices(wanted);
  return data ? { profile: data.current.profile, region: data.current.region } : null;
}

/**
 * Who the chosen profile acts as. Asked only where AWS is shown (`wanted`): on Docker
 * pages a machine without AWS credentials would get a 503 for nothing, and the browser
 * logs every failed request in its console.
 */
export function useAwsIdentity(wanted: boolean) {
  const scope = useAwsScope(wanted);
  return useQuery({
    queryKey: awsKeys.identity(scope ?? { profile: null, region: null }),
    queryFn: () => getJson<AwsIdentity>("/api/aws/identity"),
    enabled: wanted && scope !== null,
    staleTime: 5 * 60_000,
  });
}
