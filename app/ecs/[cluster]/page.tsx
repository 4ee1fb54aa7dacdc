"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { CreateServiceDialog } from "@/components/ecs/create-service-dialog";
import { useServices } from "@/components/ecs/queries";
import { ServicesTable, serviceHref } from "@/components/ecs/services-table";
import { Tabs } from "@/components/ecs/tabs";
import { TaskList } from "@/components/ecs/task-status-tabs";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { awsKeys } from "@/lib/client/query-keys";

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

  return (
    <div className="max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/ecs" className="text-sky-400 hover:underline">
          ECS clusters
        </Link>
      </p>
      <PageHeader
        title={cluster}
        subtitle="Services and tasks of this cluster"
        actions={
          <Button variant="primary" onClick={() => setCreating(true)} data-testid="create-service">
            Create service
          </Button>
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
