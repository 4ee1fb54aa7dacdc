"use client";

import Link from "next/link";
import { StatsCells } from "@/components/stats/stats-cells";
import { seg } from "@/lib/client/api";
import { useWatchStats } from "@/lib/client/live-stats";
import type { ContainerSummary } from "@/lib/containers/types";
import { ContainerActions } from "./container-actions";
import { PortLinks } from "./port-links";
import { StateBadge } from "./state-badge";

export function ContainersTable({ containers }: { containers: ContainerSummary[] }) {
  // The running rows' CPU and memory come over the tab's live stream.
  useWatchStats(containers.filter((c) => c.state === "running").map((c) => c.id));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-800">
      <table className="w-full text-left text-sm" data-testid="containers-table">
        <thead className="bg-slate-900 text-xs uppercase tracking-wide text-slate-400">
          <tr>
            <th className="px-3 py-2 font-medium">Name</th>
            <th className="px-3 py-2 font-medium">Image</th>
            <th className="px-3 py-2 font-medium">State</th>
            <th className="px-3 py-2 font-medium">Status</th>
            <th className="px-3 py-2 font-medium">CPU</th>
            <th className="px-3 py-2 font-medium">Memory</th>
            <th className="px-3 py-2 font-medium">Ports</th>
            <th className="px-3 py-2 font-medium">Actions</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-800">
          {containers.map((c) => (
            <tr key={c.id} data-testid={`container-row-${c.name}`} className="align-top">
              <td className="px-3 py-2">
                <Link
                  href={`/containers/${seg(c.id)}`}
                  data-testid="container-link"
                  className="font-medium text-sky-300 hover:underline"
                >
                  {c.name}
                </Link>
                <p className="font-mono text-xs text-slate-500">{c.id.slice(0, 12)}</p>
              </td>
              <td className="max-w-56 truncate px-3 py-2 font-mono text-xs" title={c.image}>
                {c.image}
              </td>
              <td className="px-3 py-2">
                <StateBadge state={c.state} />
              </td>
              <td className="px-3 py-2 text-slate-300" data-testid="container-status">
                {c.status}
              </td>
              <StatsCells id={c.id} running={c.state === "running"} />
              <td className="px-3 py-2">
                <PortLinks ports={c.ports} />
              </td>
              <td className="px-3 py-2">
                <ContainerActions container={c} size="small" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
