import type { ServiceEventView } from "@/lib/ecs/service-types";

/** The service's latest events, newest first, as ECS words them. */
export function ServiceEvents({
  events,
  testId = "service-events",
  empty = "No events yet.",
}: {
  events: ServiceEventView[];
  testId?: string;
  empty?: string;
}) {
  if (events.length === 0) {
    return (
      <p className="text-sm text-slate-400" data-testid={testId}>
        {empty}
      </p>
    );
  }
  return (
    <ul
      className="max-h-72 space-y-1 overflow-y-auto rounded-lg border border-slate-800 p-3 text-sm"
      data-testid={testId}
    >
      {events.map((e) => (
        <li key={e.id} className="flex gap-3">
          <span className="shrink-0 font-mono text-xs text-slate-500">
            {e.createdAt ? new Date(e.createdAt).toLocaleString() : ""}
          </span>
          <span className="text-slate-200">{e.message}</span>
        </li>
      ))}
    </ul>
  );
}
