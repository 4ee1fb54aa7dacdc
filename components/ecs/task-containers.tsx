import { Cell, Table } from "@/components/aws/table";
import { StatusBadge } from "@/components/ecs/status-badge";
import type { ContainerView } from "@/lib/ecs/task-types";

const HEAD = ["Container", "Image", "Status", "Health", "Exit code", "Reason"];

export function TaskContainers({ containers }: { containers: ContainerView[] }) {
  return (
    <Table head={HEAD} testId="task-containers">
      {containers.map((c) => (
        <tr key={c.name} data-testid="container-row">
          <Cell>{c.name}</Cell>
          <Cell mono>{c.image}</Cell>
          <Cell>
            <StatusBadge status={c.status} />
          </Cell>
          <Cell>{c.health}</Cell>
          <Cell>{c.exitCode ?? "—"}</Cell>
          <Cell>{c.reason ?? ""}</Cell>
        </tr>
      ))}
    </Table>
  );
}
