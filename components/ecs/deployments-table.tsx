import { Cell, NoteRow, Table } from "@/components/aws/table";
import { StatusBadge } from "@/components/ecs/status-badge";
import type { DeploymentView } from "@/lib/ecs/service-types";

const HEAD = [
  "Deployment",
  "Status",
  "Rollout",
  "Revision",
  "Desired",
  "Running",
  "Pending",
  "Failed",
  "Updated",
];

export function DeploymentsTable({
  deployments,
  testId = "deployments",
  rowTestId = "deployment-row",
}: {
  deployments: DeploymentView[];
  testId?: string;
  rowTestId?: string;
}) {
  return (
    <Table head={HEAD} testId={testId}>
      {deployments.length === 0 && <NoteRow span={HEAD.length}>No deployments.</NoteRow>}
      {deployments.map((d) => (
        <tr key={d.id} data-testid={rowTestId}>
          <Cell mono>{d.id}</Cell>
          <Cell>
            <StatusBadge status={d.status} />
          </Cell>
          <Cell>
            {d.rolloutState ? <StatusBadge status={d.rolloutState} testId="rollout-state" /> : "—"}
            {d.rolloutStateReason && (
              <p className="mt-1 text-xs text-slate-400">{d.rolloutStateReason}</p>
            )}
          </Cell>
          <Cell mono>{d.taskDefinition}</Cell>
          <Cell>{d.desiredCount}</Cell>
          <Cell>{d.runningCount}</Cell>
          <Cell>{d.pendingCount}</Cell>
          <Cell>{d.failedTasks}</Cell>
          <Cell>{d.updatedAt ? new Date(d.updatedAt).toLocaleString() : "—"}</Cell>
        </tr>
      ))}
    </Table>
  );
}
