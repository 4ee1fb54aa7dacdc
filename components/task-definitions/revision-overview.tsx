"use client";

import { useState } from "react";
import { Cell, Table } from "@/components/aws/table";
import type { ContainerSummary, RevisionDetail } from "@/components/task-definitions/types";
import { Button } from "@/components/ui/button";

/** A revision's settings and its containers; environment values stay hidden until asked. */
export function RevisionOverview({ revision }: { revision: RevisionDetail }) {
  const [reveal, setReveal] = useState(false);
  const facts: Array<[string, string]> = [
    ["Status", revision.status],
    ["Registered", revision.registeredAt ?? "—"],
    ["Registered by", revision.registeredBy ?? "—"],
    ["CPU / memory", `${revision.cpu ?? "—"} / ${revision.memory ?? "—"}`],
    ["Network mode", revision.networkMode ?? "—"],
    ["Requires", revision.requiresCompatibilities.join(", ") || "—"],
    ["Execution role", revision.executionRoleArn ?? "—"],
    ["Task role", revision.taskRoleArn ?? "—"],
  ];
  return (
    <div className="space-y-5">
      <dl
        className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm"
        data-testid="revision-facts"
      >
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-400">{label}</dt>
            <dd className="break-all text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold uppercase tracking-wider text-slate-400">
          Containers
        </h2>
        <Button variant="ghost" onClick={() => setReveal((r) => !r)} data-testid="reveal-env">
          {reveal ? "Hide values" : "Show environment values"}
        </Button>
      </div>
      <Table head={["Name", "Image", "Ports", "Environment", "Logging"]} testId="containers">
        {revision.containers.map((c) => (
          <tr key={c.name} data-testid="container-row" data-name={c.name}>
            <Cell>
              <span className="font-medium text-white">{c.name}</span>
              {!c.essential && <span className="ml-1 text-xs text-slate-500">not essential</span>}
            </Cell>
            <Cell mono>{c.image}</Cell>
            <Cell mono>
              {c.ports.map((p) => `${p.containerPort}/${p.protocol}`).join(", ") || "—"}
            </Cell>
            <Cell mono>
              {c.environment.length === 0
                ? "—"
                : c.environment.map((v) => (
                    <div key={v.name}>
                      {v.name}={reveal ? v.value : "••••"}
                    </div>
                  ))}
            </Cell>
            <Cell>
              <Logging container={c} />
            </Cell>
          </tr>
        ))}
      </Table>
    </div>
  );
}

function Logging({ container }: { container: ContainerSummary }) {
  const log = container.logging;
  if (!log) return <span className="text-slate-500">none</span>;
  if (log.driver !== "awslogs") return <span>{log.driver}</span>;
  const o = log.options;
  return (
    <span className="font-mono text-xs" data-testid="container-logging">
      awslogs {o["awslogs-group"]} ({o["awslogs-region"] ?? "task's region"}), prefix{" "}
      {o["awslogs-stream-prefix"] ?? "—"}
    </span>
  );
}
