"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { cleanupHref } from "@/components/cleanup/api";
import { Counts, SectionTitle } from "@/components/ecs/counts";
import { DeleteServiceDialog } from "@/components/ecs/delete-service-dialog";
import { DeploymentsTable } from "@/components/ecs/deployments-table";
import { useService } from "@/components/ecs/queries";
import { ServiceEvents } from "@/components/ecs/service-events";
import { ServiceNetwork } from "@/components/ecs/service-network";
import { ServiceRollout } from "@/components/ecs/service-rollout";
import { ServiceUpdatePanel } from "@/components/ecs/service-update-panel";
import { StatusBadge } from "@/components/ecs/status-badge";
import { TaskList } from "@/components/ecs/task-status-tabs";
import { EcsLogViewer } from "@/components/logs/ecs-log-viewer";
import { ShipHistory } from "@/components/ship/ship-history";
import { SHIP_LINK, shipHref } from "@/components/ship/ship-links";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { awsKeys } from "@/lib/client/query-keys";
import { shortName } from "@/lib/ecs/names";
import type { ServiceDeletion } from "@/lib/ecs/service-types";

export default function ServicePage() {
  const params = useParams<{ cluster: string; service: string }>();
  const cluster = decodeURIComponent(params.cluster);
  const name = decodeURIComponent(params.service);
  const scope = useAwsScope() ?? { profile: null, region: null };
  const queryClient = useQueryClient();
  const router = useRouter();
  const [deleting, setDeleting] = useState(false);
  const [deleted, setDeleted] = useState<ServiceDeletion | null>(null);
  const service = useService(cluster, name, deleted === null);
  const data = service.data;
  // Tasks and service counts change together: refresh both after any change.
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: awsKeys.cluster(scope, cluster) });
  const clusterHref = `/ecs/${encodeURIComponent(cluster)}`;

  return (
    <div className="max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/ecs" className="text-sky-400 hover:underline">
          ECS clusters
        </Link>
        <span className="text-slate-600"> / </span>
        <Link href={clusterHref} className="text-sky-400 hover:underline">
          {shortName(cluster)}
        </Link>
      </p>
      <PageHeader
        title={data?.name ?? shortName(name)}
        subtitle={
          data && (
            <ServiceSubtitle
              status={deleted?.status ?? data.status}
              revision={data.taskDefinition}
            />
          )
        }
        actions={
          data &&
          !deleted && (
            <>
              <Link
                href={shipHref(cluster, data.name)}
                className={SHIP_LINK}
                data-testid="ship-new-version"
              >
                Ship new version
              </Link>
              <Button
                onClick={() => router.push(cleanupHref({ cluster, service: data.name }))}
                data-testid="cleanup-service-button"
              >
                Clean up
              </Button>
              <Button
                variant="danger"
                onClick={() => setDeleting(true)}
                data-testid="delete-service"
              >
                Delete service
              </Button>
            </>
          )
        }
      />
      {deleted && (
        <div
          className="mb-4 rounded-md border border-emerald-800 bg-emerald-950/50 p-3 text-sm"
          data-testid="service-deleted"
        >
          <p className="font-medium text-emerald-100">
            Service {deleted.service}: {deleted.steps.join(", ")}.
          </p>
          <p className="mt-1 text-emerald-200">
            Status {deleted.status}: ECS stops its tasks now.{" "}
            <Link href={clusterHref} className="underline">
              Back to {shortName(cluster)}
            </Link>
          </p>
        </div>
      )}
      <ErrorNotice error={deleted ? null : service.error} action="load the service" />
      {data && !deleted && (
        <>
          <Counts
            items={[
              { label: "Desired", value: data.desiredCount, testId: "service-desired" },
              { label: "Running", value: data.runningCount, testId: "service-running" },
              { label: "Pending", value: data.pendingCount, testId: "service-pending" },
              {
                label: "Launch",
                value: data.launchType ?? (data.capacityProviders.join(", ") || "—"),
              },
              { label: "Scheduling", value: data.schedulingStrategy },
            ]}
          />
          <ServiceNetwork network={data.network} />
          <ServiceUpdatePanel cluster={cluster} service={data} onChanged={refresh} />
          <ServiceRollout cluster={cluster} service={data} onChanged={refresh} />
          <SectionTitle>Deployments</SectionTitle>
          <DeploymentsTable deployments={data.deployments} />
          <SectionTitle>Tasks</SectionTitle>
          <TaskList cluster={cluster} service={name} pollWhile={data.rolloutInProgress} />
          <SectionTitle>Logs</SectionTitle>
          <EcsLogViewer cluster={cluster} service={name} className="h-[50vh] min-h-72" />
          <SectionTitle>Events</SectionTitle>
          <ServiceEvents events={data.events} />
          <SectionTitle>Ship history</SectionTitle>
          <ShipHistory cluster={shortName(cluster)} service={data.name} />
          <DeleteServiceDialog
            cluster={cluster}
            service={data}
            open={deleting}
            onClose={() => setDeleting(false)}
            onDeleted={(result) => {
              setDeleted(result);
              refresh();
            }}
          />
        </>
      )}
    </div>
  );
}

function ServiceSubtitle({ status, revision }: { status: string; revision: string }) {
  return (
    <span className="flex items-center gap-2">
      <StatusBadge status={status} testId="service-status" />
      <span className="font-mono text-xs" data-testid="service-revision">
        {revision}
      </span>
    </span>
  );
}
