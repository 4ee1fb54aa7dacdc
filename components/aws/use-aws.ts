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

/** Profiles, regions and the profile and region this browser works in now. */
export function useAwsChoices() {
  return useQuery({
    queryKey: awsKeys.choices(),
    queryFn: () => getJson<AwsChoices>("/api/aws/profiles"),
    staleTime: 60_000,
  });
}

/** The scope AWS queries are keyed by; null until the server has said which it is. */
export function useAwsScope(): AwsScope | null {
  const { data } = useAwsChoices();
  return data ? { profile: data.current.profile, region: data.current.region } : null;
}

export function useAwsIdentity() {
  const scope = useAwsScope();
  return useQuery({
    queryKey: awsKeys.identity(scope ?? { profile: null, region: null }),
    queryFn: () => getJson<AwsIdentity>("/api/aws/identity"),
    enabled: scope !== null,
    staleTime: 5 * 60_000,
  });
}
