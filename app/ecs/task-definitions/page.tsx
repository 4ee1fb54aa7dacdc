"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { FamiliesTable } from "@/components/task-definitions/families-table";
import {
  type RevisionAction,
  RevisionActionDialog,
} from "@/components/task-definitions/revision-actions";
import { LINK_PRIMARY, Tabs } from "@/components/task-definitions/tabs";
import {
  type FamilySummary,
  newRevisionPage,
  type RevisionStatus,
  taskDefinitionKeys,
} from "@/components/task-definitions/types";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getJson } from "@/lib/client/api";

const STATUSES = [
  ["ACTIVE", "Active"],
  ["INACTIVE", "Inactive"],
] as const;

export default function TaskDefinitionsPage() {
  const scope = useAwsScope();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<RevisionStatus>("ACTIVE");
  const [action, setAction] = useState<RevisionAction>(null);
  const key = taskDefinitionKeys.families(scope ?? { profile: null, region: null }, status);
  const families = useQuery({
    queryKey: key,
    queryFn: () => getJson<FamilySummary[]>(`/api/ecs/task-definitions?status=${status}`),
    enabled: scope !== null,
  });
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: taskDefinitionKeys.all(scope ?? { profile: null, region: null }),
    });

  return (
    <div className="max-w-5xl">
      <PageHeader
        title="Task definitions"
        subtitle={scope?.region ? `Families and revisions in ${scope.region}` : undefined}
        actions={
          <Link
            href={newRevisionPage()}
            className={LINK_PRIMARY}
            data-testid="create-task-definition"
          >
            Create task definition
          </Link>
        }
      />
      <Tabs
        tabs={STATUSES}
        current={status}
        onChange={setStatus}
        label="Revision status"
        testIdPrefix="status"
      />
      <ErrorNotice error={families.error} action="list the task definitions" />
      <FamiliesTable
        families={families.data}
        status={status}
        loading={families.isLoading}
        onAction={(kind, ref) => setAction({ kind, ref })}
      />
      <RevisionActionDialog action={action} onClose={() => setAction(null)} onDone={refresh} />
    </div>
  );
}
