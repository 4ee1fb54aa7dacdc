"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useState } from "react";
import { CopyButton } from "@/components/aws/copy-button";
import { useAwsScope } from "@/components/aws/use-aws";
import {
  type RevisionAction,
  RevisionActionDialog,
} from "@/components/task-definitions/revision-actions";
import { RevisionDiff } from "@/components/task-definitions/revision-diff";
import { RevisionOverview } from "@/components/task-definitions/revision-overview";
import { LINK_SECONDARY, Tabs } from "@/components/task-definitions/tabs";
import {
  newRevisionPage,
  type RevisionDetail,
  taskDefinitionKeys,
  taskDefinitionPath,
} from "@/components/task-definitions/types";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getJson } from "@/lib/client/api";

type Tab = "overview" | "json" | "diff";
const TABS: ReadonlyArray<readonly [Tab, string]> = [
  ["overview", "Overview"],
  ["json", "JSON"],
  ["diff", "Diff"],
];
const JSON_BLOCK =
  "max-h-[70vh] overflow-auto rounded-md border border-slate-800 bg-slate-950 p-3 text-xs " +
  "text-slate-200";

/** /ecs/task-definitions/{family:revision}: a revision's containers, JSON and diff. */
export default function RevisionPage() {
  const ref = decodeURIComponent(useParams<{ ref: string }>().ref);
  const scope = useAwsScope();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [tab, setTab] = useState<Tab>("overview");
  const [action, setAction] = useState<RevisionAction>(null);
  const revision = useQuery({
    queryKey: taskDefinitionKeys.revision(scope ?? { profile: null, region: null }, ref),
    queryFn: () => getJson<RevisionDetail>(taskDefinitionPath(ref)),
    enabled: scope !== null,
  });
  const data = revision.data;
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: taskDefinitionKeys.all(scope ?? { profile: null, region: null }),
    });

  // A revision that cannot be read has no tabs to show: the error alone, with the way back.
  if (revision.error && !data) {
    return (
      <div className="max-w-6xl">
        <PageHeader title={<span className="font-mono">{ref}</span>} />
        <ErrorNotice error={revision.error} action={`load ${ref}`} />
        <p className="mt-3 text-sm">
          <Link
            href="/ecs/task-definitions"
            className="text-sky-400 hover:underline"
            data-testid="back-to-task-definitions"
          >
            Back to task definitions
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="max-w-6xl">
      <p className="mb-2 text-sm">
        <Link href="/ecs/task-definitions" className="text-sky-400 hover:underline">
          Task definitions
        </Link>
      </p>
      <PageHeader
        title={<span className="font-mono">{data?.ref ?? ref}</span>}
        subtitle={data ? <span data-testid="revision-status">{data.status}</span> : undefined}
        actions={data && <Actions revision={data} onAction={setAction} />}
      />
      <ErrorNotice error={revision.error} action={`load ${ref}`} />
      <Tabs tabs={TABS} current={tab} onChange={setTab} label="Revision" />
      {data && tab === "overview" && <RevisionOverview revision={data} />}
      {data && tab === "json" && (
        <section className="space-y-2">
          <div className="flex justify-end">
            <CopyButton text={JSON.stringify(data.json, null, 2)} testId="copy-json" />
          </div>
          <pre className={JSON_BLOCK} data-testid="revision-json">
            {JSON.stringify(data.json, null, 2)}
          </pre>
        </section>
      )}
      {data && tab === "diff" && <RevisionDiff family={data.family} current={data.ref} />}
      <RevisionActionDialog
        action={action}
        onClose={() => setAction(null)}
        onDone={async () => {
          // A deleted revision is gone: back to the list.
          if (action?.kind === "delete") router.push("/ecs/task-definitions");
          await refresh();
        }}
      />
    </div>
  );
}

function Actions({
  revision,
  onAction,
}: {
  revision: RevisionDetail;
  onAction: (action: RevisionAction) => void;
}) {
  return (
    <>
      <Link
        href={newRevisionPage(revision.ref)}
        className={LINK_SECONDARY}
        data-testid="new-revision"
      >
        New revision
      </Link>
      {revision.status === "ACTIVE" ? (
        <Button
          onClick={() => onAction({ kind: "deregister", ref: revision.ref })}
          data-testid="deregister"
        >
          Deregister
        </Button>
      ) : (
        <Button
          variant="danger"
          onClick={() => onAction({ kind: "delete", ref: revision.ref })}
          data-testid="delete-revision"
        >
          Delete
        </Button>
      )}
    </>
  );
}
