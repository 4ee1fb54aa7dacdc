"use client";

import { useState } from "react";
import { useTasks } from "@/components/ecs/queries";
import { TasksTable } from "@/components/ecs/tasks-table";
import { ErrorNotice } from "@/components/ui/error-notice";

type Status = "RUNNING" | "STOPPED";

/** Running or stopped tasks of a cluster, or of one service when `service` is set. */
export function TaskList({
  cluster,
  service,
  pollWhile = false,
}: {
  cluster: string;
  service?: string;
  pollWhile?: boolean;
}) {
  const [status, setStatus] = useState<Status>("RUNNING");
  const tasks = useTasks(cluster, { ...(service ? { service } : {}), status }, pollWhile);
  return (
    <div className="space-y-2">
      <div className="flex gap-3 text-sm">
        {(["RUNNING", "STOPPED"] as const).map((s) => (
          <label key={s} className="flex items-center gap-1.5 text-slate-300">
            <input
              type="radio"
              name={`task-status-${service ?? cluster}`}
              checked={status === s}
              onChange={() => setStatus(s)}
              data-testid={`tasks-${s.toLowerCase()}`}
            />
            {s === "RUNNING" ? "Running" : "Stopped"}
          </label>
        ))}
      </div>
      <ErrorNotice error={tasks.error} action="list the tasks" />
      <TasksTable
        cluster={cluster}
        tasks={tasks.data}
        loading={tasks.isLoading}
        empty={
          status === "RUNNING"
            ? "No running tasks."
            : "No stopped tasks (ECS keeps them about an hour)."
        }
      />
    </div>
  );
}
