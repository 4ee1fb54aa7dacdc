import type { NetworkBindingView } from "@/lib/ecs/task-types";

// A task's network bindings as links (E6). The addresses belong to the task's
// network: the link is offered, never followed by Slipway itself.

export function BindingLinks({
  bindings,
  linkTestId = "binding-link",
}: {
  bindings: NetworkBindingView[];
  linkTestId?: string;
}) {
  if (bindings.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <ul className="space-y-0.5">
      {bindings.map((b) => (
        <li
          key={`${b.containerName}/${b.containerPort}/${b.protocol}`}
          className="font-mono text-xs"
        >
          {b.url ? (
            <a
              href={b.url}
              target="_blank"
              rel="noreferrer noopener"
              data-testid={linkTestId}
              className="text-sky-300 underline-offset-2 hover:underline"
            >
              {b.url.replace(/^http:\/\//, "")}
            </a>
          ) : (
            <span data-testid="binding-unlinked" className="text-slate-400">
              {b.hostPort ?? "—"}→{b.containerPort}/{b.protocol}
            </span>
          )}
          {b.publicIpNote && (
            <span className="ml-2 text-amber-300" data-testid="public-ip-note">
              public IP: {b.publicIpNote}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The bindings in full: container, ports, both addresses and the link. */
export function BindingsTable({ bindings }: { bindings: NetworkBindingView[] }) {
  if (bindings.length === 0) {
    return <p className="text-sm text-slate-400">The task definition maps no ports.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-800">
      <table className="w-full text-left text-sm" data-testid="network-bindings">
        <thead className="bg-slate-950/70 text-xs uppercase tracking-wider text-slate-500">
          <tr>
            {["Container", "Port", "Private IP", "Public IP", "Host port", "Link"].map((h) => (
              <th key={h} className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-800">
          {bindings.map((b) => (
            <tr
              key={`${b.containerName}/${b.containerPort}/${b.protocol}`}
              data-testid="binding-row"
            >
              <td className="px-3 py-2">{b.containerName}</td>
              <td className="px-3 py-2 font-mono text-xs">
                {b.containerPort}/{b.protocol}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{b.privateIp ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs" data-testid="binding-public-ip">
                {b.publicIp ??
                  (b.publicIpNote ? (
                    <span className="text-amber-300">{b.publicIpNote}</span>
                  ) : (
                    "none"
                  ))}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{b.hostPort ?? "—"}</td>
              <td className="px-3 py-2">
                <BindingLinks bindings={[{ ...b, publicIpNote: null }]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
