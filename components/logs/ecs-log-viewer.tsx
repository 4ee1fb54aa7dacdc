"use client";

import { useMemo } from "react";
import { type EcsLogTarget, ecsLogSource } from "@/components/logs/ecs-log-source";
import { LogViewer } from "@/components/logs/log-viewer";

/**
 * The CloudWatch logs of a service's tasks (`service`) or of one task (`taskId`),
 * in the same viewer as a local container's log: follow, time range, search done
 * by CloudWatch, download, and where each container logs.
 */
export function EcsLogViewer({
  cluster,
  service,
  taskId,
  className,
}: EcsLogTarget & { className?: string }) {
  const source = useMemo(
    () => ecsLogSource({ cluster, service, taskId }),
    [cluster, service, taskId],
  );
  return <LogViewer source={source} className={className} />;
}
