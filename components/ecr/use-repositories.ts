"use client";

import { useQuery } from "@tanstack/react-query";
import { useAwsScope } from "@/components/aws/use-aws";
import type { Repository } from "@/components/ecr/types";
import { getJson } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";

/** The repositories of this browser's AWS profile and region. */
export function useRepositories() {
  const scope = useAwsScope();
  return useQuery({
    queryKey: awsKeys.repositories(scope ?? { profile: null, region: null }),
    queryFn: () => getJson<Repository[]>("/api/ecr/repositories"),
    enabled: scope !== null,
  });
}
