import Link from "next/link";
import { Cell, NoteRow, Table } from "@/components/aws/table";
import { StatusBadge } from "@/components/ecs/status-badge";
import type { ServiceSummary } from "@/lib/ecs/service-types";

const HEAD = [
  "Service",
  "Status",
  "Desired",
  "Running",
  "Pending",
  "Revision",
  "Launch",
  "Deployments",
];

export const serviceHref = (cluster: string, service: string) =>
  `/ecs/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}`;

export function ServicesTable({
  cluster,
  services,
  loading,
}: {
  cluster: string;
  services: ServiceSummary[] | undefined;
  loading: boolean;
}) {
  return (
    <Table head={HEAD} testId="services">
      {loading && <NoteRow span={HEAD.length}>Loading…</NoteRow>}
      {services?.length === 0 && (
        <NoteRow span={HEAD.length}>No services in this cluster yet.</NoteRow>
      )}
      {services?.map((s) => (
        <tr key={s.arn} data-testid="service-row" data-name={s.name}>
          <Cell>
            <Link
              href={serviceHref(cluster, s.name)}
              className="font-medium text-sky-300 hover:underline"
            >
              {s.name}
            </Link>
            {s.schedulingStrategy === "DAEMON" && (
              <span className="ml-2 text-xs text-slate-400">DAEMON</span>
            )}
          </Cell>
          <Cell>
            <StatusBadge status={s.status} />
          </Cell>
          <Cell>{s.desiredCount}</Cell>
          <Cell>{s.runningCount}</Cell>
          <Cell>{s.pendingCount}</Cell>
          <Cell mono>{s.taskDefinition}</Cell>
          <Cell>{s.launchType ?? (s.capacityProviders.join(", ") || "—")}</Cell>
          <Cell>
            <ul className="space-y-0.5">
              {s.deployments.map((d) => (
                <li key={d.id} className="flex items-center gap-1.5 text-xs">
                  <StatusBadge status={d.status} />
                  {d.rolloutState && <StatusBadge status={d.rolloutState} />}
                  <span className="text-slate-400">
                    {d.runningCount}/{d.desiredCount}
                  </span>
                </li>
              ))}
            </ul>
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
