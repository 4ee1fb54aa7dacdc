import Link from "next/link";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import { BindingLinks } from "@/components/ecs/binding-links";
import { DeploymentsTable } from "@/components/ecs/deployments-table";
import { ServiceEvents } from "@/components/ecs/service-events";
import { StatusBadge } from "@/components/ecs/status-badge";
import { seg } from "@/lib/client/api";
import type { RolloutTask, RolloutView } from "@/lib/ecs/rollout-types";

// One snapshot of a rollout: what it waits for, the public URL once a new task has
// one, ECS's deployments with their counts, the new tasks with their network
// bindings, the older tasks still running, and the service events since it began.
// Pure display: the service page feeds it from the rollout stream, the ship and
// rollback flows from their "roll out" step.

export interface RolloutPanelProps {
  view: RolloutView;
}

// Slipway's own verdict, in its own words: ECS's rolloutState is in the deployments table.
const PHASES = {
  waiting: { label: "rolling out", tone: "border-amber-800 bg-amber-950/60 text-amber-200" },
  steady: { label: "steady", tone: "border-emerald-800 bg-emerald-950/60 text-emerald-200" },
  failed: { label: "failed", tone: "border-rose-800 bg-rose-950/60 text-rose-200" },
} as const;

export function RolloutPanel({ view }: RolloutPanelProps) {
  const deployments = view.deployment
    ? [view.deployment, ...view.otherDeployments]
    : view.otherDeployments;
  return (
    <div className="space-y-3" data-testid="rollout-view" data-phase={view.phase}>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span
          className={`rounded border px-1.5 py-0.5 text-[11px] font-medium ${PHASES[view.phase].tone}`}
          data-testid="rollout-phase"
        >
          {PHASES[view.phase].label}
        </span>
        <span className="font-mono text-xs text-slate-300">{view.taskDefinition}</span>
        <span
          className={view.phase === "failed" ? "text-rose-300" : "text-slate-200"}
          data-testid="rollout-summary"
        >
          {view.summary}
        </span>
      </div>
      {view.publicUrl && (
        <p className="text-sm text-slate-300">
          Public URL:{" "}
          <a
            href={view.publicUrl}
            target="_blank"
            rel="noreferrer noopener"
            className="font-mono text-sky-300 underline-offset-2 hover:underline"
            data-testid="rollout-public-url"
          >
            {view.publicUrl}
          </a>
        </p>
      )}
      <p className="text-xs text-slate-400" data-testid="rollout-counts">
        Service: {view.desiredCount} desired, {view.runningCount} running, {view.pendingCount}{" "}
        pending · runs {view.serviceTaskDefinition}
      </p>
      {!view.deployment && (
        <p className="text-xs text-slate-400">
          ECS lists no deployment for {view.taskDefinition} (yet).
        </p>
      )}
      <DeploymentsTable
        deployments={deployments}
        testId="rollout-deployments"
        rowTestId="rollout-deployment-row"
      />
      <RolloutTasks cluster={view.cluster} tasks={view.newTasks} />
      {view.oldTasks.length > 0 && (
        <p className="text-xs text-slate-400" data-testid="rollout-old-tasks">
          Still running from older revisions:{" "}
          {view.oldTasks
            .map((t) => `${t.id.slice(0, 8)} (${t.taskDefinition}, ${t.lastStatus})`)
            .join(", ")}
        </p>
      )}
      <ServiceEvents
        events={view.events}
        testId="rollout-events"
        empty="No service events since the rollout began."
      />
    </div>
  );
}

const TASK_HEAD = ["New task", "Status", "Desired", "Stopped because", "Network bindings"];

function RolloutTasks({ cluster, tasks }: { cluster: string; tasks: RolloutTask[] }) {
  return (
    <Table head={TASK_HEAD} testId="rollout-tasks">
      {tasks.length === 0 && (
        <NoteRow span={TASK_HEAD.length}>No task of it has started yet.</NoteRow>
      )}
      {tasks.map((t) => (
        <tr key={t.arn} data-testid="rollout-task-row">
          <Cell mono>
            <Link
              href={`/ecs/${seg(cluster)}/tasks/${seg(t.id)}`}
              className="text-sky-400 hover:underline"
            >
              {t.id.slice(0, 12)}
            </Link>
          </Cell>
          <Cell>
            <StatusBadge status={t.lastStatus} testId="rollout-task-status" />
          </Cell>
          <Cell>{t.desiredStatus}</Cell>
          <Cell>
            {t.stoppedReason ?? "—"}
            {t.containerReasons.map((reason) => (
              <p key={reason} className="mt-1 text-xs text-slate-400">
                {reason}
              </p>
            ))}
          </Cell>
          <Cell>
            <BindingLinks bindings={t.networkBindings} linkTestId="rollout-binding-link" />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
