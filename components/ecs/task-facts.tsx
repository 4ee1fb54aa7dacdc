import type { TaskView } from "@/lib/ecs/task-types";

const FACTS =
  "grid grid-cols-2 gap-x-6 gap-y-1.5 rounded-lg border border-slate-800 p-4 text-sm md:grid-cols-3";

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "—");

/** The task's particulars as a definition list. */
export function TaskFacts({ task }: { task: TaskView }) {
  const rows: Array<[string, string]> = [
    ["Desired status", task.desiredStatus],
    ["Health", task.health],
    ["Service", task.service ?? task.group ?? "—"],
    ["Started by", task.startedBy ?? "—"],
    ["Revision", task.taskDefinition],
    ["Launch type", task.launchType ?? task.capacityProvider ?? "—"],
    ["CPU / memory", `${task.cpu ?? "—"} / ${task.memory ?? "—"}`],
    ["Network mode", task.networkMode ?? "—"],
    ["Private IP", task.privateIp ?? "—"],
    ["Network interface", task.networkInterfaceId ?? "—"],
    ["Availability zone", task.availabilityZone ?? "—"],
    ["Created", when(task.createdAt)],
    ["Started", when(task.startedAt)],
    ["Stopping", when(task.stoppingAt)],
    ["Stopped", when(task.stoppedAt)],
  ];
  return (
    <dl className={FACTS}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs uppercase tracking-wider text-slate-500">{label}</dt>
          <dd className="break-all font-mono text-xs text-slate-200">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
