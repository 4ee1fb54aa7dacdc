"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { INPUT } from "@/components/aws/field";
import { useAwsScope } from "@/components/aws/use-aws";
import { type ServiceChangeRequest, updateService } from "@/components/ecs/queries";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { getJson, seg } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";
import type { ServiceDetail } from "@/lib/ecs/service-types";

interface Revisions {
  revisions: Array<{ taskDefinition: string; revision: number }>;
}

/** Desired count, revision and a forced new deployment, each applied on its own. */
export function ServiceUpdatePanel({
  cluster,
  service,
  onChanged,
}: {
  cluster: string;
  service: ServiceDetail;
  onChanged: () => void;
}) {
  const scope = useAwsScope() ?? { profile: null, region: null };
  const family = service.taskDefinition.slice(0, service.taskDefinition.lastIndexOf(":"));
  const [count, setCount] = useState(String(service.desiredCount));
  const [revision, setRevision] = useState(service.taskDefinition);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const revisions = useQuery({
    queryKey: awsKeys.taskDefinitionRevisions(scope, family),
    queryFn: () => getJson<Revisions>(`/api/ecs/task-definition-choices?family=${seg(family)}`),
    enabled: family !== "",
  });
  const daemon = service.schedulingStrategy === "DAEMON";

  const apply = async (what: string, change: ServiceChangeRequest) => {
    setBusy(what);
    setError(null);
    try {
      await updateService(cluster, service.name, change);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section
      className="space-y-3 rounded-lg border border-slate-800 p-4"
      data-testid="service-update"
    >
      <h2 className="text-sm font-semibold uppercase tracking-wider text-slate-400">Update</h2>
      <div className="flex flex-wrap items-end gap-6">
        {daemon ? (
          <p className="max-w-xs text-sm text-slate-400">
            A DAEMON service runs one task on each container instance; it has no count to set.
          </p>
        ) : (
          <div className="flex items-end gap-2">
            <label className="text-sm text-slate-300">
              Desired tasks
              <input
                type="number"
                min={0}
                className={`${INPUT} mt-1 w-24`}
                value={count}
                onChange={(e) => setCount(e.target.value)}
                data-testid="update-desired-count"
              />
            </label>
            <Button
              onClick={() => apply("count", { desiredCount: Number(count) })}
              disabled={
                busy !== null || count.trim() === "" || Number(count) === service.desiredCount
              }
              data-testid="update-desired-count-submit"
            >
              {busy === "count" ? "Setting…" : "Set count"}
            </Button>
          </div>
        )}
        <div className="flex items-end gap-2">
          <label className="text-sm text-slate-300">
            Revision
            <select
              className={`${INPUT} mt-1 w-56`}
              value={revision}
              onChange={(e) => setRevision(e.target.value)}
              data-testid="update-revision"
            >
              {!revisions.data?.revisions.some((r) => r.taskDefinition === revision) && (
                <option value={revision}>{revision}</option>
              )}
              {revisions.data?.revisions.map((r) => (
                <option key={r.taskDefinition} value={r.taskDefinition}>
                  {r.taskDefinition}
                </option>
              ))}
            </select>
          </label>
          <Button
            onClick={() => apply("revision", { taskDefinition: revision })}
            disabled={busy !== null || revision === service.taskDefinition}
            data-testid="update-revision-submit"
          >
            {busy === "revision" ? "Deploying…" : "Deploy revision"}
          </Button>
        </div>
        <Button
          onClick={() => apply("force", { forceNewDeployment: true })}
          disabled={busy !== null}
          data-testid="force-deployment"
        >
          {busy === "force" ? "Starting…" : "Force new deployment"}
        </Button>
      </div>
      <ErrorNotice error={error} action="update the service" />
    </section>
  );
}
