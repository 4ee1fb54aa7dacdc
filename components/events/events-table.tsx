import type { ViewEvent } from "./event-buffer";

const CHIP =
  "max-w-80 truncate rounded bg-slate-800 px-1.5 py-0.5 font-mono text-xs text-slate-300";

const TYPE_TONE: Record<string, string> = {
  container: "text-sky-300",
  image: "text-violet-300",
  volume: "text-amber-300",
  network: "text-emerald-300",
  daemon: "text-rose-300",
};

/** Newest first; the id is shortened, attributes other than the name follow as chips. */
export function EventsTable({ events }: { events: readonly ViewEvent[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-800">
      <table className="w-full text-left text-sm" data-testid="events-table">
        <thead className="bg-slate-900 text-xs uppercase tracking-wide text-slate-400">
          <tr>
            <th className="px-3 py-2 font-medium">Time</th>
            <th className="px-3 py-2 font-medium">Type</th>
            <th className="px-3 py-2 font-medium">Action</th>
            <th className="px-3 py-2 font-medium">Name / id</th>
            <th className="px-3 py-2 font-medium">Attributes</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-800">
          {events.map((event) => (
            <tr
              key={event.seq}
              data-testid="event-row"
              data-type={event.type}
              data-action={event.action}
              className="align-top"
            >
              <td
                className="whitespace-nowrap px-3 py-1.5 font-mono text-xs text-slate-400"
                title={new Date(event.time).toLocaleString()}
              >
                {clock(event.time)}
              </td>
              <td className={`px-3 py-1.5 ${TYPE_TONE[event.type] ?? "text-slate-300"}`}>
                {event.type}
              </td>
              <td className="px-3 py-1.5 font-medium">{event.action}</td>
              <td className="max-w-64 px-3 py-1.5" data-testid="event-name">
                <p className="break-all">{event.name ?? "—"}</p>
                <p className="font-mono text-xs text-slate-500" title={event.id}>
                  {event.id.replace(/^sha256:/, "").slice(0, 12)}
                </p>
              </td>
              <td className="px-3 py-1.5">
                <Attributes attributes={event.attributes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Attributes({ attributes }: { attributes: Record<string, string> }) {
  const entries = Object.entries(attributes).filter(([key]) => key !== "name");
  if (entries.length === 0) return <span className="text-slate-600">—</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {entries.map(([key, value]) => (
        <li key={key} className={CHIP} title={`${key}=${value}`}>
          {key}={value}
        </li>
      ))}
    </ul>
  );
}

/** 14:03:07.120 in the browser's time zone. */
function clock(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const time = [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => pad(n));
  return `${time.join(":")}.${pad(date.getMilliseconds(), 3)}`;
}
