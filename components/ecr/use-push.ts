"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { useLayerStream } from "@/components/images/use-layer-stream";
import { awsKeys, dockerKeys } from "@/lib/client/query-keys";

export type PushDone = {
  type: "done";
  digest: string;
  imageUri: string;
  pinnedUri: string;
  repositoryUri: string;
};

export type PushRequest = {
  image: string;
  repository: string;
  tag: string;
};

/**
 * Pushes a local image to an ECR repository (POST /api/ecr/push). After a success the
 * region's repositories (their image lists and counts) and the local images (the
 * image gained the repository's name) are refetched.
 */
export function usePush() {
  const queryClient = useQueryClient();
  const scope = useAwsScope();
  const onDone = useCallback(
    () =>
      Promise.all([
        scope && queryClient.invalidateQueries({ queryKey: awsKeys.repositories(scope) }),
        queryClient.invalidateQueries({ queryKey: dockerKeys.images() }),
      ]),
    [queryClient, scope],
  );
  const stream = useLayerStream<PushDone>("/api/ecr/push", onDone);
  const { start: startStream } = stream;
  const start = useCallback((request: PushRequest) => startStream(request), [startStream]);
  return { ...stream, start };
}
