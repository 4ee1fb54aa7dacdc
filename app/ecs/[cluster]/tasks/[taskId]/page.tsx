"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams } from "next/navigation";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { BindingsTable } from "@/components/ecs/binding-links";
import { SectionTitle } from "@/components/ecs/counts";
import { stopTask, useTask } from "@/components/ecs/queries";
import { serviceHref } from "@/components/ecs/services-table";
import { StatusBadge } from "@/components/ecs/status-badge";
import { TaskContainers } from "@/components/ecs/task-containers";
import { TaskFacts } from "@/components/ecs/task-facts";
import { EcsLogViewer } from "@/components/logs/ecs-log-viewer";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { awsKeys } from "@/lib/client/query-keys";

export default function TaskPage() {
  const params = useParams<{ cluster: string; taskId: string }>();
  const cluster = decodeURIComponent(params.cluster);
  const taskId = decodeURIComponent(params.taskId);
  const scope = useAwsScope() ?? { profile: null, region: null };
  const queryClient = useQueryClient();
  const [stopping, setStopping] = useState(false);
  const task = useTask(cluster, taskId);
  const data = task.data;

  return (
    <div className="max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/ecs" className="text-sky-400 hover:underline">
          ECS clusters
        </Link>
        <span className="text-slate-600"> / </span>
        <Link href={`/ecs/${encodeURIComponent(cluster)}`} className="text-sky-400 hover:underline">
          {cluster}
        </Link>
        {data?.service && (
          <>
            <span className="text-slate-600"> / </span>
            <Link
              href={serviceHref(cluster, data.service)}
              className="text-sky-400 hover:underline"
            >
              {data.service}
            </Link>
          </>
        )}
      </p>
      <PageHeader
        title={`Task ${taskId}`}
        subtitle={data && <StatusBadge status={data.status} testId="task-status" />}
        actions={
          data &&
          data.status !== "STOPPED" && (
            <Button variant="danger" onClick={() => setStopping(true)} data-testid="stop-task">
              Stop task
            </Button>
          )
        }
      />
      <ErrorNotice error={task.error} action="load the task" />
      {data && (
        <>
          {data.stoppedReason && (
            <p className="mb-4 text-sm text-amber-200" data-testid="stopped-reason">
              Stopped: {data.stoppedReason}
              {data.stopCode ? ` (${data.stopCode})` : ""}
            </p>
          )}
          <TaskFacts task={data} />
          <SectionTitle>Network bindings</SectionTitle>
          <BindingsTable bindings={data.networkBindings} />
          <SectionTitle>Containers</SectionTitle>
          <TaskContainers containers={data.containers} />
          <SectionTitle>Logs</SectionTitle>
          <EcsLogViewer cluster={cluster} taskId={taskId} className="h-[50vh] min-h-72" />
        </>
      )}
      <ConfirmDialog
        open={stopping}
        title={`Stop task ${taskId}`}
        body={
          data?.service
            ? `The service ${data.service} starts a new task in its place while it wants more.`
            : "The task stops for good."
        }
        confirmLabel="Stop task"
        onConfirm={async () => {
          await stopTask(cluster, taskId);
          await queryClient.invalidateQueries({ queryKey: awsKeys.cluster(scope, cluster) });
        }}
        onClose={() => setStopping(false)}
      />
    </div>
  );
}
