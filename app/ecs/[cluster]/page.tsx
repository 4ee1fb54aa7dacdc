"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { cleanupHref } from "@/components/cleanup/api";
import { CreateServiceDialog } from "@/components/ecs/create-service-dialog";
import { useServices } from "@/components/ecs/queries";
import { ServicesTable, serviceHref } from "@/components/ecs/services-table";
import { Tabs } from "@/components/ecs/tabs";
import { TaskList } from "@/components/ecs/task-status-tabs";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { ApiError } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";
import { shortName } from "@/lib/ecs/names";

type Tab = "services" | "tasks";

export default function ClusterPage() {
  const params = useParams<{ cluster: string }>();
  const cluster = decodeURIComponent(params.cluster);
  const scope = useAwsScope() ?? { profile: null, region: null };
  const queryClient = useQueryClient();
  const router = useRouter();
  const [tab, setTab] = useState<Tab>("services");
  const [creating, setCreating] = useState(false);
  const services = useServices(cluster);
  // An unknown cluster has nothing to create in or list: the error alone, with the way back.
  const missing = services.error instanceof ApiError && services.error.code === "not_found";

  if (missing) {
    return (
      <div className="max-w-6xl">
        <PageHeader title={shortName(cluster)} />
        <ErrorNotice error={services.error} action="open the cluster" />
        <p className="mt-3 text-sm">
          <Link href="/ecs" className="text-sky-400 hover:underline" data-testid="back-to-clusters">
            Back to ECS clusters
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/ecs" className="text-sky-400 hover:underline">
          ECS clusters
        </Link>
      </p>
      <PageHeader
        title={shortName(cluster)}
        subtitle="Services and tasks of this cluster"
        actions={
          <>
            <Button
              onClick={() => router.push(cleanupHref({ cluster }))}
              data-testid="cleanup-cluster-button"
            >
              Clean up
            </Button>
            <Button
              variant="primary"
              onClick={() => setCreating(true)}
              data-testid="create-service"
            >
              Create service
            </Button>
          </>
        }
      />
      <Tabs
        tabs={[
          { id: "services", label: "Services" },
          { id: "tasks", label: "Tasks" },
        ]}
        current={tab}
        onChange={setTab}
      />
      {tab === "services" ? (
        <>
          <ErrorNotice error={services.error} action="list the services" />
          <ServicesTable cluster={cluster} services={services.data} loading={services.isLoading} />
        </>
      ) : (
        <TaskList cluster={cluster} />
      )}
      <CreateServiceDialog
        cluster={cluster}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(service) => {
          setCreating(false);
          queryClient.invalidateQueries({ queryKey: awsKeys.cluster(scope, cluster) });
          router.push(serviceHref(cluster, service));
        }}
      />
    </div>
  );
}
