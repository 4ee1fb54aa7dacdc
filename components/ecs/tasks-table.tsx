import Link from "next/link";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import { BindingLinks } from "@/components/ecs/binding-links";
import { StatusBadge } from "@/components/ecs/status-badge";
import type { TaskView } from "@/lib/ecs/task-types";

const HEAD = [
  "Task",
  "Status",
  "Health",
  "Service",
  "Revision",
  "Private IP",
  "Bindings",
  "Why stopped",
];

export const taskHref = (cluster: string, taskId: string) =>
  `/ecs/${encodeURIComponent(cluster)}/tasks/${encodeURIComponent(taskId)}`;

export function TasksTable({
  cluster,
  tasks,
  loading,
  empty,
}: {
  cluster: string;
  tasks: TaskView[] | undefined;
  loading: boolean;
  empty: string;
}) {
  return (
    <Table head={HEAD} testId="tasks">
      {loading && <NoteRow span={HEAD.length}>Loading…</NoteRow>}
      {tasks?.length === 0 && <NoteRow span={HEAD.length}>{empty}</NoteRow>}
      {tasks?.map((t) => (
        <tr key={t.arn} data-testid="task-row" data-id={t.id} data-status={t.status}>
          <Cell mono>
            <Link
              href={taskHref(cluster, t.id)}
              className="text-sky-300 hover:underline"
              title={t.arn}
            >
              {t.id.slice(0, 12)}
            </Link>
          </Cell>
          <Cell>
            <StatusBadge status={t.status} />
            {t.desiredStatus !== t.status && (
              <span className="ml-1 text-xs text-slate-400">→ {t.desiredStatus}</span>
            )}
          </Cell>
          <Cell>{t.health}</Cell>
          <Cell>{t.service ?? <span className="text-slate-500">{t.group ?? "—"}</span>}</Cell>
          <Cell mono>{t.taskDefinition}</Cell>
          <Cell mono>{t.privateIp ?? "—"}</Cell>
          <Cell>
            <BindingLinks bindings={t.networkBindings} />
          </Cell>
          <Cell>{t.stoppedReason ?? ""}</Cell>
        </tr>
      ))}
    </Table>
  );
}
